import { useEffect, useRef } from 'react';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import type { QuestionView } from '../../case/question-view.ts';
import { useT } from '../../i18n/use-t.ts';
import { buttonSecondary, muted } from '../../ui/styles.ts';

/** One question: the page's main heading, its hint, and its answers as a labelled group. */
export function QuestionCard({
  view,
  number,
  onAnswer,
}: {
  view: QuestionView;
  number: number;
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
      <div className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
        <p className="font-medium">{t('howToCheck')}</p>
        <p>{view.hint}</p>
      </div>
      <div role="group" aria-labelledby="question-heading" className="grid gap-3 sm:grid-cols-2">
        {view.answers.map((a) => (
          <button
            key={a.id}
            type="button"
            className={`${buttonSecondary} min-h-14 text-lg`}
            onClick={() => onAnswer(a.id)}
          >
            {a.label}
          </button>
        ))}
        <button
          type="button"
          className={`${buttonSecondary} min-h-14 text-lg`}
          onClick={() => onAnswer(DONT_KNOW)}
        >
          {t('dontKnow')}
        </button>
      </div>
    </div>
  );
}
