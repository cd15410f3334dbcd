import type { PlannedFix } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { FixFacts } from '../../ui/fix-facts.tsx';
import { card } from '../../ui/styles.ts';

/** Plan steps shown at the end of a demonstration; the results screen shows as many. */
const SHOWN_FIXES = 6;

/**
 * The fix plan, cheapest first, with the point where calling the acquirer pays
 * (decision 0013). Read-only: a demonstration shows the plan, nobody tries it here.
 */
export function PlanList({ fixes, callAfter }: { fixes: PlannedFix[]; callAfter: number }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const shown = fixes.slice(0, SHOWN_FIXES);
  if (shown.length === 0) return <p>{t('noFixes')}</p>;
  const call = (first: boolean) => (
    <li key="call" className={`${card} space-y-1 border-amber-500`}>
      <h3 className="font-semibold">{t('callStepTitle')}</h3>
      <p className="text-sm">{t(first ? 'callStepFirst' : 'callStepLater')}</p>
    </li>
  );
  return (
    <ol className="space-y-2">
      {callAfter === 0 && call(true)}
      {shown.map((p, i) => {
        const fix = catalogue.fixes.find((f) => f.id === p.fix);
        return [
          i > 0 && i === callAfter && call(false),
          <li key={p.fix} className={`${card} space-y-1`}>
            <h3 className="font-semibold">{fix?.title[lang] ?? p.fix}</h3>
            {fix && <FixFacts fix={fix} chance={p.chance} />}
          </li>,
        ];
      })}
    </ol>
  );
}
