import { useId } from 'react';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import type { CaseState } from '../../case/case-params.ts';
import { questionView } from '../../case/question-view.ts';
import { useT } from '../../i18n/use-t.ts';
import { storyAnswers } from '../../story/story-answers.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { card, input } from '../../ui/styles.ts';

/** Every answer given, each changeable in place; a change re-ranks at once. */
export function AnswersSoFar({
  state,
  onChange,
}: {
  state: CaseState;
  onChange: (q: string, a: string) => void;
}) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const baseId = useId();
  if (state.order.length === 0) return null;
  const told = storyAnswers(catalogue, state.family, state.story ?? []);
  return (
    <section aria-labelledby={`${baseId}-h`} className={card}>
      <h2 id={`${baseId}-h`} className="mb-2 font-semibold">
        {t('answersSoFar')}
      </h2>
      <ol className="space-y-3">
        {state.order.map((q, i) => {
          const view = questionView(catalogue, state.family, q, lang, t);
          if (!view) return null;
          const selectId = `${baseId}-${i}`;
          return (
            <li key={q}>
              <label htmlFor={selectId} className="block text-sm">
                {view.text}
                {told[q] !== undefined && told[q] === state.answers[q] && (
                  <span className="ml-2 rounded bg-teal-100 px-2 py-0.5 text-xs font-medium text-teal-900 dark:bg-teal-900 dark:text-teal-100">
                    {t('fromStory')}
                  </span>
                )}
              </label>
              <select
                id={selectId}
                className={input}
                value={state.answers[q]}
                onChange={(e) => onChange(q, e.target.value)}
              >
                {view.answers.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
                <option value={DONT_KNOW}>{t('dontKnow')}</option>
              </select>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
