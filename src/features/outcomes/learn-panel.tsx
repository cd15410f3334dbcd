import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useT } from '../../i18n/use-t.ts';
import { deviceHistory } from '../../store/device-history.ts';
import { resetLearned, setLearnOn, useLearnSetting } from '../../store/learn-setting.ts';
import type { Outcome } from '../../store/outcomes-slice.ts';
import { buttonQuiet, card, muted } from '../../ui/styles.ts';

/**
 * The opt-in "weigh causes by this device's history" (issue 16): on, each family's
 * prior becomes the catalogue's plus the causes confirmed here (src/engine/
 * learned-prior.ts); the reset sets aside what was learned without deleting the log.
 */
export function LearnPanel({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useT();
  const setting = useLearnSetting();
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const [status, setStatus] = useState('');
  // Arriving from the results' "change" link: the setting is what the person came for.
  useEffect(() => {
    if (hash === '#learn-heading') heading.current?.focus();
  }, [hash]);
  const counts = deviceHistory({ on: true, skip: setting.skip }, outcomes);
  const n = Object.values(counts ?? {}).reduce((s, x) => s + x, 0);

  return (
    <section aria-labelledby="learn-heading" className={`${card} space-y-3`}>
      <h2 id="learn-heading" ref={heading} tabIndex={-1} className="text-xl font-bold outline-none">
        {t('learnHeading')}
      </h2>
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-6 shrink-0"
          checked={setting.on}
          aria-describedby="learn-hint"
          onChange={(e) => {
            setLearnOn(e.target.checked);
            setStatus(t(e.target.checked ? 'learnNowOn' : 'learnNowOff'));
          }}
        />
        <span className="font-medium">{t('learnToggle')}</span>
      </label>
      <p id="learn-hint" className={muted}>
        {t('learnHint')}
      </p>
      <p>{t('learnCount', { n })}</p>
      <button
        type="button"
        className={buttonQuiet}
        disabled={n === 0}
        onClick={() => {
          resetLearned(outcomes.map((o) => o.id));
          setStatus(t('learnResetDone'));
        }}
      >
        {t('learnReset')}
      </button>
      <p aria-live="polite" className="min-h-6">
        {status}
      </p>
    </section>
  );
}
