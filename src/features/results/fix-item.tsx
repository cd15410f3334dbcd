import type { PlannedFix } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonSecondary, card, muted } from '../../ui/styles.ts';

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
  const effort =
    fix.effort >= 120
      ? t('hours', { n: Math.round(fix.effort / 60) })
      : t('minutes', { n: fix.effort });
  return (
    <li className={`${card} space-y-2`}>
      <h3 className="text-lg font-semibold">{fix.title[lang]}</h3>
      <p className={`text-sm ${muted}`}>
        {t('who')}: {t(`who_${fix.who}`)} · {effort} ·{' '}
        {t('chance', { p: percent(planned.chance, lang) })}
      </p>
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
