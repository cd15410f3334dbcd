import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { matchScreen, type ScreenMatch } from '../../case/match-screen.ts';
import { useT } from '../../i18n/use-t.ts';
import { useStartCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonSecondary, input, muted } from '../../ui/styles.ts';

const MAX_TEXT = 120;

/** "What does the screen say?": a code or a text opens its family with that evidence applied. */
export function ScreenSearch({ onOpen }: { onOpen: (family: string, code?: string) => void }) {
  const { t, lang } = useT();
  const catalogue = useStartCatalogue();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScreenMatch | 'empty' | null>(null);
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const { search } = useLocation();
  const navigate = useNavigate();

  const find = (what: string) => {
    if (!what.trim()) return setResult('empty');
    const match = matchScreen(catalogue, what);
    if (match.families.length === 1) return onOpen(match.families[0]!, match.code);
    setResult(match);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    find(text);
  };

  // Typed into the prerendered box before the app took it over (decision 0007).
  useLayoutEffect(() => {
    const typed = box.current?.value;
    if (typed) setText(typed);
  }, []);
  // Sent from the prerendered page before the script arrived: the form's plain-HTML
  // fallback puts the text in ?q=. It is looked up once, then dropped from the address.
  const sent = new URLSearchParams(search).get('q')?.slice(0, MAX_TEXT);
  useEffect(() => {
    if (sent === undefined) return;
    navigate({ search: '' }, { replace: true });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- text from the address, once
    setText(sent);
    find(sent);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per address that carries it
  }, [sent]);
  const title = (f: string) => catalogue.families.find((x) => x.id === f)?.title[lang] ?? f;

  return (
    <form action="/" onSubmit={submit} role="search" className="space-y-2">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('searchLabel')}
      </label>
      <p id={`${id}-hint`} className={`text-sm ${muted}`}>
        {t('searchHint')}
      </p>
      <div className="flex gap-2">
        <input
          id={id}
          ref={box}
          name="q"
          className={input}
          value={text}
          maxLength={MAX_TEXT}
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
