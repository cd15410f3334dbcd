import { useId, useState } from 'react';
import { caseCodeOf } from '../../case/case-code.ts';
import { caseSummary } from '../../case/case-summary.ts';
import { serialiseCase, type CaseState } from '../../case/case-params.ts';
import type { Identifiers } from '../../case/escalation-packet.ts';
import { paths } from '../../config/paths.ts';
import type { PlannedFix, RankedCause } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useBilingualCatalogue } from '../../ui/catalogue-context.tsx';
import { CaseCodeView } from '../../ui/case-code-view.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { buttonSecondary, card, input, muted } from '../../ui/styles.ts';

type Props = {
  state: CaseState;
  ids: Identifiers;
  causes: RankedCause[];
  when: Date;
  /** The fix plan as it stands, and how many steps come before the call. */
  plan?: { fixes: readonly PlannedFix[]; callAfter: number };
};

/** The case so far for a ticket or a printout, and a link that reopens it elsewhere. */
export function SummaryCard({ state, ids, causes, when, plan }: Props) {
  const { t, lang } = useT();
  const catalogue = useBilingualCatalogue();
  const [withIds, setWithIds] = useState(false);
  const linkId = useId();
  const code = caseCodeOf(catalogue, state);
  const share = `${window.location.origin}${paths.results(state.family)}${serialiseCase(
    { ...state, id: undefined },
    withIds ? ids : undefined,
  )}`;
  // The ticket's link never carries the shop's numbers, whatever the share box says.
  const link = `${window.location.origin}${paths.results(state.family)}${serialiseCase({
    ...state,
    id: undefined,
  })}`;
  const summary = (l: typeof lang) =>
    caseSummary(catalogue, state, ids, causes, when, l, { plan, code, link });
  return (
    <>
      <section aria-labelledby="summary-heading" className={`${card} space-y-3`}>
        <h2 id="summary-heading" className="text-xl font-bold">
          {t('summaryHeading')}
        </h2>
        {/* On paper the code is in the text below: one A4 sheet. */}
        {code && (
          <div className="print:hidden">
            <CaseCodeView code={code} />
          </div>
        )}
        <pre className="font-sans text-sm whitespace-pre-wrap print:text-[10px] print:leading-snug">
          {summary(lang)}
        </pre>
        <div className="flex flex-wrap gap-2 print:hidden">
          <CopyButton label={t('copyTicket')} text={() => `${summary('zh')}\n\n${summary('en')}`} />
          <button type="button" className={buttonSecondary} onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </section>
      <section aria-labelledby="share-heading" className={`${card} space-y-3 print:hidden`}>
        <h2 id="share-heading" className="text-xl font-bold">
          {t('shareHeading')}
        </h2>
        <p className={muted}>{t('shareIntro')}</p>
        <label className="flex min-h-12 items-center gap-3">
          <input
            type="checkbox"
            className="size-6"
            checked={withIds}
            onChange={(e) => setWithIds(e.target.checked)}
          />
          {t('shareIncludeIds')}
        </label>
        <label htmlFor={linkId} className="block font-medium">
          {t('shareLink')}
        </label>
        <input
          id={linkId}
          className={input}
          readOnly
          value={share}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton label={t('copyLink')} text={() => share} />
      </section>
    </>
  );
}
