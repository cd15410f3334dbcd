import { useEffect, useRef } from 'react';
import { causeTitle } from '../../case/question-view.ts';
import type { RankedCause, StopReason } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonSecondary, card } from '../../ui/styles.ts';

const reasonKey = {
  confident: 'stopSure',
  exhausted: 'stopNothing',
  budget: 'stopBudget',
} as const;

/**
 * The engine would stop here: why, the cause it leads with, and whether the next step
 * is a call to the acquirer. One way to the results; the person may still ask on.
 */
export function StopPanel({
  reason,
  leading,
  callFirst,
  canContinue,
  onResults,
  onKeepAsking,
}: {
  reason: StopReason;
  leading: RankedCause | undefined;
  callFirst: boolean;
  canContinue: boolean;
  onResults: () => void;
  onKeepAsking: () => void;
}) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  // It replaces the question or the fix just answered: focus moves here, not to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`${card} space-y-3`} aria-labelledby="stop-heading">
      <h1 id="stop-heading" ref={heading} tabIndex={-1} className="text-xl font-bold outline-none">
        {t(reasonKey[reason])}
      </h1>
      {leading && (
        <p className="text-lg">
          {t('stopLeading', {
            cause: causeTitle(catalogue, leading.id, lang, t),
            p: percent(leading.probability, lang),
          })}
        </p>
      )}
      {callFirst && <p className="font-medium">{t('stopCall')}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonPrimary} onClick={onResults}>
          {t('seeResults')}
        </button>
        {canContinue && (
          <button type="button" className={buttonSecondary} onClick={onKeepAsking}>
            {t('keepAsking')}
          </button>
        )}
      </div>
    </section>
  );
}
