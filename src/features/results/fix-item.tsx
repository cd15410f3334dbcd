import type { PlannedFix } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { FixFacts } from '../../ui/fix-facts.tsx';
import { buttonPrimary, buttonSecondary, card } from '../../ui/styles.ts';

/** One step of the plan: what to do, who, how long, how likely, and the two outcomes. */
export function FixItem({
  planned,
  onFailed,
  onFixed,
}: {
  planned: PlannedFix;
  onFailed: () => void;
  onFixed: () => void;
}) {
  const { t, lang } = useT();
  const fix = useCatalogue().fixes.find((f) => f.id === planned.fix);
  if (!fix) return null;
  return (
    <li className={`${card} space-y-2`}>
      <h3 className="text-lg font-semibold">{fix.title[lang]}</h3>
      <FixFacts fix={fix} chance={planned.chance} />
      <ol className="list-decimal space-y-1 pl-6">
        {fix.steps.map((s, i) => (
          <li key={i}>{s[lang]}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={onFailed}>
          {t('triedFailed')}
        </button>
        <button type="button" className={buttonPrimary} onClick={onFixed}>
          {t('fixedIt')}
        </button>
      </div>
    </li>
  );
}
