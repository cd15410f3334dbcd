import type { Fix } from '../catalogue/schema.ts';
import { percent } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';
import { muted } from './styles.ts';

/** A fix's who, how long and how likely, as the plan and the flow both show it. */
export function FixFacts({ fix, chance }: { fix: Fix; chance: number }) {
  const { t, lang } = useT();
  const effort =
    fix.effort >= 120
      ? t('hours', { n: Math.round(fix.effort / 60) })
      : t('minutes', { n: fix.effort });
  return (
    <p className={`text-sm ${muted}`}>
      {t('who')}: {t(`who_${fix.who}`)} · {effort} · {t('chance', { p: percent(chance, lang) })}
    </p>
  );
}
