import { useEffect, useRef } from 'react';
import type { PlannedFix } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { FixFacts } from '../../ui/fix-facts.tsx';
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
  // The two outcomes, with agent mode's keys 1 and 2.
  const outcomes = [
    { key: '1', label: t('tryNowWorked'), style: buttonPrimary, onClick: onFixed },
    { key: '2', label: t('tryNowFailing'), style: buttonSecondary, onClick: onFailed },
  ];
  return (
    <section aria-labelledby="try-heading" className="space-y-4">
      <p className={`text-sm ${muted}`}>{t('tryNowLead')}</p>
      <h1 ref={heading} tabIndex={-1} id="try-heading" className="text-2xl font-bold outline-none">
        {fix.title[lang]}
      </h1>
      <FixFacts fix={fix} chance={planned.chance} />
      <ol className="list-decimal space-y-1 pl-6">
        {fix.steps.map((s, i) => (
          <li key={i}>{s[lang]}</li>
        ))}
      </ol>
      <div role="group" aria-labelledby="try-heading" className="grid gap-3 sm:grid-cols-2">
        {outcomes.map((o) => (
          <button
            key={o.key}
            type="button"
            className={`${o.style} min-h-14 text-lg`}
            aria-keyshortcuts={agent ? o.key : undefined}
            onClick={o.onClick}
          >
            {agent && (
              <kbd
                aria-hidden="true"
                className="rounded border border-current px-1.5 font-mono text-sm"
              >
                {o.key}
              </kbd>
            )}
            {o.label}
          </button>
        ))}
      </div>
      <button type="button" className={buttonQuiet} onClick={onKeepAsking}>
        {t('tryNowKeepAsking')}
      </button>
    </section>
  );
}
