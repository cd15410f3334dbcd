import { useEffect, useRef } from 'react';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import type { QuestionView } from '../../case/question-view.ts';
import { useT } from '../../i18n/use-t.ts';
import { buttonSecondary, muted } from '../../ui/styles.ts';

/** One question: the page's main heading, its hint, and its answers as a labelled group. */
export function QuestionCard({
  view,
  number,
  agent,
  typedCode,
  earlier,
  onAnswer,
}: {
  view: QuestionView;
  number: number;
  /** For a "check again" question: the first answer, in words. */
  earlier?: string | undefined;
  /** Agent mode: the read-aloud phrasing first, and each answer's shortcut key. */
  agent: boolean;
  /** Agent mode on the code question: the code is typed, and here is what was typed. */
  typedCode?: string | undefined;
  onAnswer: (a: string) => void;
}) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [view.id]);
  return (
    <div className="space-y-4">
      <p className={`text-sm ${muted}`}>
        {t('questionOf', { n: number })} · {t(`area_${view.area}`)}
      </p>
      <h1
        ref={heading}
        tabIndex={-1}
        id="question-heading"
        className="text-2xl font-bold outline-none"
      >
        {view.text}
      </h1>
      {earlier !== undefined && (
        <p
          id="again-note"
          className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-slate-800 dark:text-amber-200"
        >
          {t('againNote', { answer: earlier })}
        </p>
      )}
      {agent && (
        <div className="rounded-lg border-l-4 border-teal-700 bg-teal-50 p-3 dark:bg-slate-800">
          <p className="font-medium">{t('readAloud')}</p>
          <p className="text-lg">{view.readAloud}</p>
        </div>
      )}
      <div className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
        <p className="font-medium">{t('howToCheck')}</p>
        <p>{view.hint}</p>
      </div>
      <div
        role="group"
        aria-labelledby="question-heading"
        aria-describedby={earlier !== undefined ? 'again-note' : undefined}
        className="grid gap-3 sm:grid-cols-2"
      >
        {[...view.answers, { id: DONT_KNOW, label: t('dontKnow') }].map((a, i, all) => {
          // Codes are typed as themselves; "don't know" keeps its key only elsewhere.
          const key = typedCode === undefined ? shortcutKey(i, all.length) : undefined;
          return (
            <button
              key={a.id}
              type="button"
              className={`${buttonSecondary} min-h-14 text-lg`}
              aria-keyshortcuts={agent && key ? key : undefined}
              onClick={() => onAnswer(a.id)}
            >
              {agent && key && (
                <kbd
                  aria-hidden="true"
                  className="rounded border border-slate-400 px-1.5 font-mono text-sm"
                >
                  {key}
                </kbd>
              )}
              {a.label}
            </button>
          );
        })}
      </div>
      {agent && typedCode !== undefined && (
        <p className="font-mono text-lg" aria-live="polite">
          {t('codeTyped', { code: typedCode || '–' })}
        </p>
      )}
      {agent && (
        <p className={`text-sm ${muted}`}>
          {t(typedCode === undefined ? 'shortcutsHint' : 'codeKeysHint')}
        </p>
      )}
    </div>
  );
}

/** Answers take 1–9 in order; "don't know", always last, takes 0. */
export const shortcutKey = (index: number, count: number): string | undefined =>
  index === count - 1 ? '0' : index < 9 ? String(index + 1) : undefined;
