import { useId, useState, type FormEvent } from 'react';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import type { Scenario } from '../../catalogue/schema.ts';
import { questionView } from '../../case/question-view.ts';
import { familyModel } from '../../engine/model.ts';
import { isAskable } from '../../engine/next-question.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonSecondary, input, muted } from '../../ui/styles.ts';
import { byArea } from './question-areas.ts';

type Props = {
  scenario: Scenario;
  asked: string[];
  disabled: boolean;
  onAsk: (question: string) => void;
};

/**
 * The trainee picks a question, listed by area; the scenario's caller answers it ("don't
 * know" if silent). Each answer is a fact revealed: the quiz shows only the opening line.
 */
export function AskCaller({ scenario, asked, disabled, onAsk }: Props) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const view = (q: string) => questionView(catalogue, scenario.family, q, lang, t);
  // A scenario's caller answers the same way twice, so "check again" is not offered;
  // a follow-up is listed only once its condition holds, as the wizard asks it.
  const heard = Object.fromEntries(asked.map((q) => [q, scenario.answers[q] ?? DONT_KNOW]));
  const unasked = byArea(
    familyModel(catalogue, scenario.family)
      .questions.filter((q) => !q.again && isAskable(q, heard))
      .flatMap((q) => view(q.id) ?? []),
  );
  const answerOf = (q: string) => {
    const a = scenario.answers[q] ?? DONT_KNOW;
    return a === DONT_KNOW ? t('dontKnow') : (view(q)?.answers.find((x) => x.id === a)?.label ?? a);
  };
  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    onAsk(choice);
    setChoice('');
  };
  return (
    <section aria-labelledby={`${selectId}-heading`} className="space-y-2">
      <h2 id={`${selectId}-heading`} className="text-lg font-semibold">
        {t('quizAskHeading')}
      </h2>
      <p className={`text-sm ${muted}`}>{t('quizAskIntro')}</p>
      {asked.length > 0 && (
        <ol className="list-decimal space-y-1 pl-6" aria-live="polite">
          {asked.map((q) => (
            <li key={q}>
              {view(q)?.text} — <strong>{t('quizCallerSays', { answer: answerOf(q) })}</strong>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={ask} className="space-y-2">
        <label htmlFor={selectId} className="block font-medium">
          {t('quizQuestion')}
        </label>
        <div className="flex gap-2">
          <select
            id={selectId}
            className={input}
            value={choice}
            disabled={disabled || unasked.length === 0}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">—</option>
            {unasked.map(({ area, items }) => (
              <optgroup key={area} label={t(`area_${area}`)}>
                {items.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" className={buttonSecondary} disabled={disabled || !choice}>
            {t('quizAskButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
