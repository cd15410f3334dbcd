import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { hasWords } from '../../story/normalise.ts';
import { buttonPrimary, input, muted } from '../../ui/styles.ts';

/**
 * "What happened?": one box for the code, the screen text and the story in the
 * person's own words. The words are heard on the next screen, which loads the phrase
 * tables with the catalogue; this screen stays light (decision 0007).
 */
export function StoryBox({ onTell }: { onTell: (story: string) => void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  // Typed into the prerendered box before the app took it over (decision 0007).
  useLayoutEffect(() => {
    const typed = box.current?.value;
    if (typed) setText(typed);
  }, []);

  const submit = (e: FormEvent | KeyboardEvent<HTMLTextAreaElement>) => {
    e.preventDefault();
    // Spaces or emoji alone change nothing: there is nothing to hear.
    if (!hasWords(text)) return setEmpty(true);
    onTell(text);
  };

  return (
    <form action={paths.tell} onSubmit={submit} role="search" className="space-y-2">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('searchLabel')}
      </label>
      <p id={`${id}-hint`} className={`text-sm ${muted}`}>
        {t('searchHint')}
      </p>
      <textarea
        id={id}
        ref={box}
        name="q"
        rows={3}
        className={`${input} py-2`}
        value={text}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-result`}
        aria-invalid={empty || undefined}
        // Enter sends, as in a chat; Shift+Enter starts a new line. An input method
        // confirming a Chinese word with Enter is not a send.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
        }}
        onChange={(e) => {
          setText(e.target.value);
          setEmpty(false);
        }}
      />
      <button type="submit" className={buttonPrimary}>
        {t('searchButton')}
      </button>
      <div id={`${id}-result`} aria-live="polite">
        {empty && <p className="text-red-800 dark:text-red-300">{t('searchEmpty')}</p>}
      </div>
    </form>
  );
}
