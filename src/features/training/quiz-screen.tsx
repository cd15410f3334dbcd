import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { causeTitle } from '../../case/question-view.ts';
import { paths } from '../../config/paths.ts';
import { diagnose } from '../../engine/diagnose.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { buttonPrimary, buttonSecondary, card } from '../../ui/styles.ts';

/** A trainee reads the situation, picks the cause, then sees the truth and the engine's call. */
export function QuizScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const { id = '' } = useParams();
  const groupId = useId();
  const [guess, setGuess] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const quiz = useAppStore((s) => s.quiz);
  const recordQuiz = useAppStore((s) => s.recordQuiz);
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  if (!scenario) return <NotFound message={t('scenarioNotFound')} />;
  const family = catalogue.families.find((f) => f.id === scenario.family);
  const causes = Object.keys(family?.causes ?? {});
  const title = (c: string) => causeTitle(catalogue, c, lang, t);
  const engine = diagnose(catalogue, { family: scenario.family, answers: scenario.answers })
    .causes[0];
  const mark = (ok: boolean) => (ok ? t('quizRight') : t('quizWrong'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!guess) return;
    recordQuiz(scenario.id, guess === scenario.truth);
    setSubmitted(true);
  };
  const others = catalogue.scenarios.filter((s) => s.id !== scenario.id);
  const next = others[Math.floor(others.length / 2)];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{scenario.title[lang]}</h1>
      <p className={card}>{scenario.situation[lang]}</p>
      <form onSubmit={submit} className="space-y-3">
        <fieldset aria-describedby={groupId} disabled={submitted} className="space-y-2">
          <legend id={groupId} className="text-lg font-semibold">
            {t('quizPick')}
          </legend>
          {causes.map((c) => (
            <label key={c} className="flex min-h-12 items-center gap-3">
              <input
                type="radio"
                name="guess"
                className="size-5"
                value={c}
                checked={guess === c}
                onChange={() => setGuess(c)}
              />
              {title(c)}
            </label>
          ))}
        </fieldset>
        {!submitted && (
          <button type="submit" className={buttonPrimary} disabled={!guess}>
            {t('quizSubmit')}
          </button>
        )}
      </form>
      {submitted && engine && (
        <div role="status" className={`${card} space-y-1`}>
          <p>
            {t('quizYou', { cause: title(guess) })} — {mark(guess === scenario.truth)}
          </p>
          <p>
            {t('quizEngine', { cause: title(engine.id), p: percent(engine.probability, lang) })} —{' '}
            {mark(engine.id === scenario.truth)}
          </p>
          <p className="font-semibold">{t('quizTruth', { cause: title(scenario.truth) })}</p>
          <p>{t('quizScore', { right: quiz.right, total: quiz.answered.length })}</p>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {submitted && next && (
          <Link
            className={buttonSecondary}
            to={paths.quiz(next.id)}
            onClick={() => (setSubmitted(false), setGuess(''))}
          >
            {t('quizAgain')}
          </Link>
        )}
        <Link className={buttonSecondary} to={paths.training}>
          {t('trainingHeading')}
        </Link>
      </div>
    </div>
  );
}
