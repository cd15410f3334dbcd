import { causeTitle } from '../../case/question-view.ts';
import { explainCause } from '../../engine/explain.ts';
import { familyModel } from '../../engine/model.ts';
import type { CaseEvidence, RankedCause } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { ProbabilityBar } from '../../ui/probability-bar.tsx';
import { card, muted } from '../../ui/styles.ts';
import { EvidenceList } from './evidence-list.tsx';

const sellingKey = {
  yes: 'keepSellingYes',
  'other-means': 'keepSellingOther',
  no: 'keepSellingNo',
} as const;

/** One ranked cause: title first, probability, urgency, explanation, and why. */
export function CauseItem({
  cause,
  evidence,
  open,
}: {
  cause: RankedCause;
  evidence: CaseEvidence;
  open: boolean;
}) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const data = catalogue.causes.find((c) => c.id === cause.id);
  const weights = explainCause(familyModel(catalogue, evidence.family), evidence, cause.id);
  return (
    <li className={`${card} space-y-2`}>
      <h2 className="text-lg font-semibold">{causeTitle(catalogue, cause.id, lang, t)}</h2>
      <ProbabilityBar value={cause.probability} label={percent(cause.probability, lang)} />
      {data ? (
        <>
          <p className="flex flex-wrap gap-2 text-sm">
            <span className="rounded bg-slate-200 px-2 py-1 dark:bg-slate-700">
              {t(sellingKey[data.urgency.keepSelling])}
            </span>
            {data.urgency.doubleCharge && (
              <span className="rounded bg-red-100 px-2 py-1 font-medium text-red-900">
                {t('doubleChargeRisk')}
              </span>
            )}
          </p>
          {data.urgency.note && <p className="text-sm">{data.urgency.note[lang]}</p>}
          <p className={muted}>{data.explanation[lang]}</p>
        </>
      ) : (
        <p className={muted}>{t('otherCauseHint')}</p>
      )}
      <details open={open}>
        <summary className="min-h-12 cursor-pointer content-center font-medium">
          {t('evidenceFor')} / {t('evidenceAgainst')}
        </summary>
        <EvidenceList family={evidence.family} evidence={weights} />
      </details>
    </li>
  );
}
