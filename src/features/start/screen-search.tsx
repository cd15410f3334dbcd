import { useId, useState, type FormEvent } from 'react';
import { matchScreen, type ScreenMatch } from '../../case/match-screen.ts';
import { useT } from '../../i18n/use-t.ts';
import { useStartCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonSecondary, input, muted } from '../../ui/styles.ts';

/** "What does the screen say?": a code or a text opens its family with that evidence applied. */
export function ScreenSearch({ onOpen }: { onOpen: (family: string, code?: string) => void }) {
  const { t, lang } = useT();
  const catalogue = useStartCatalogue();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScreenMatch | 'empty' | null>(null);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setResult('empty');
    const match = matchScreen(catalogue, text);
    if (match.families.length === 1) return onOpen(match.families[0]!, match.code);
    setResult(match);
  };
  const title = (f: string) => catalogue.families.find((x) => x.id === f)?.title[lang] ?? f;

  return (
    <form onSubmit={submit} role="search" className="space-y-2">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('searchLabel')}
      </label>
      <p id={`${id}-hint`} className={`text-sm ${muted}`}>
        {t('searchHint')}
      </p>
      <div className="flex gap-2">
        <input
          id={id}
          className={input}
          value={text}
          maxLength={120}
          autoComplete="off"
          aria-describedby={`${id}-hint ${id}-result`}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className={buttonPrimary}>
          {t('searchButton')}
        </button>
      </div>
      <div id={`${id}-result`} aria-live="polite">
        {result === 'empty' && <p className="text-red-800 dark:text-red-300">{t('searchEmpty')}</p>}
        {result !== null && result !== 'empty' && result.families.length === 0 && (
          <p>{t('searchNoMatch')}</p>
        )}
        {result !== null && result !== 'empty' && result.families.length > 1 && (
          <div className="space-y-2">
            <p>{t('searchPickFamily')}</p>
            <ul className="flex flex-wrap gap-2">
              {result.families.map((f) => (
                <li key={f}>
                  <button
                    type="button"
                    className={buttonSecondary}
                    onClick={() => onOpen(f, result.code)}
                  >
                    {title(f)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
