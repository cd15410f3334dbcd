import { useEffect, useRef } from 'react';
import type { PlannedFix } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonQuiet, buttonSecondary, muted } from '../../ui/styles.ts';

/**
 * A fix inside the flow: trying it now is expected to reach a working fix sooner than
 * another question. "Still failing" is evidence, and the questions go on from there.
 */
export function TryNow({
  planned,
  agent,
  onFixed,
  onFailed,
  onKeepAsking,
}: {
  planned: PlannedFix;
  agent: boolean;
  onFixed: () => void;
  onFailed: () => void;
  onKeepAsking: () => void;
}) {
  const { t, lang } = useT();
  const fix = useCatalogue().fixes.find((f) => f.id === planned.fix);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [planned.fix]);
  if (!fix) return null;
  const key = (k: string) =>
    agent && (
      <kbd aria-hidden="true" className="rounded border border-current px-1.5 font-mono text-sm">
        {k}
      </kbd>
    );
  return (
    <section aria-labelledby="try-heading" className="space-y-4">
      <p className={`text-sm ${muted}`}>{t('tryNowLead')}</p>
      <h1 ref={heading} tabIndex={-1} id="try-heading" className="text-2xl font-bold outline-none">
        {fix.title[lang]}
      </h1>
      <p className={`text-sm ${muted}`}>
        {t('who')}: {t(`who_${fix.who}`)} ·{' '}
        {fix.effort >= 120
          ? t('hours', { n: Math.round(fix.effort / 60) })
          : t('minutes', { n: fix.effort })}{' '}
        · {t('chance', { p: percent(planned.chance, lang) })}
      </p>
      <ol className="list-decimal space-y-1 pl-6">
        {fix.steps.map((s, i) => (
          <li key={i}>{s[lang]}</li>
        ))}
      </ol>
      <div role="group" aria-labelledby="try-heading" className="grid gap-3 sm:grid-cols-2">
        <button
          type="button"
          className={`${buttonPrimary} min-h-14 text-lg`}
          aria-keyshortcuts={agent ? '1' : undefined}
          onClick={onFixed}
        >
          {key('1')}
          {t('tryNowWorked')}
        </button>
        <button
          type="button"
          className={`${buttonSecondary} min-h-14 text-lg`}
          aria-keyshortcuts={agent ? '2' : undefined}
          onClick={onFailed}
        >
          {key('2')}
          {t('tryNowFailing')}
        </button>
      </div>
      <button type="button" className={buttonQuiet} onClick={onKeepAsking}>
        {t('tryNowKeepAsking')}
      </button>
    </section>
  );
}
