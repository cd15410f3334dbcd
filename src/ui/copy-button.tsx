import { useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { buttonSecondary } from './styles.ts';

/** Copies `text` and says whether it worked, politely, to screen readers too. */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const { t } = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={buttonSecondary} onClick={copy}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm">
        {state === 'copied' && t('copied')}
        {state === 'failed' && t('copyFailed')}
      </span>
    </span>
  );
}
