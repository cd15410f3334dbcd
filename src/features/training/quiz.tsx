import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Scenario } from '../../catalogue/schema.ts';
import { demonstrate } from '../../case/demonstrate.ts';
import { causeTitle } from '../../case/question-view.ts';
import { paths } from '../../config/paths.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonSecondary, card, muted } from '../../ui/styles.ts';
import { AskCaller } from './ask-caller.tsx';
import { openingLine } from './opening-line.ts';

/**
 * A trainee plays the agent: hears the caller's opening line (only that: the scenario's
 * title and situation would give the answers away), asks the caller what they choose,
 * picks the cause, then sees the truth, the whole story, and what the wizard concluded
 * with its own questions from the same caller (and how many it needed).
 */
export function Quiz({ scenario }: { scenario: Scenario }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const groupId = useId();
  const [asked, setAsked] = useState<string[]>([]);
  const [guess, setGuess] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const quiz = useAppStore((s) => s.quiz);
  const recordQuiz = useAppStore((s) => s.recordQuiz);
  const demo = useMemo(() => demonstrate(catalogue, scenario), [catalogue, scenario]);
  const family = catalogue.families.find((f) => f.id === scenario.family);
  const causes = Object.keys(family?.causes ?? {});
  const title = (c: string) => causeTitle(catalogue, c, lang, t);
  const engine = demo.end.causes[0];
  const wizardAsked = demo.steps.filter((s) => s.kind === 'question').length;
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
      <h1 className="text-2xl font-bold">
        {t('quizHeading', { family: family?.title[lang] ?? scenario.family })}
      </h1>
      <section aria-labelledby={`${groupId}-opening`} className={`${card} space-y-1`}>
        <h2 id={`${groupId}-opening`} className={`text-sm font-medium ${muted}`}>
          {t('quizOpening')}
        </h2>
        <blockquote className="text-lg">{openingLine(scenario, lang)}</blockquote>
        <p className={`text-sm ${muted}`}>{t('quizOpeningHint')}</p>
      </section>
      <AskCaller
        scenario={scenario}
        asked={asked}
        disabled={submitted}
        onAsk={(q) => setAsked((a) => [...a, q])}
      />
      <form onSubmit={submit} className="space-y-3">
        <fieldset aria-describedby={groupId} disabled={submitted} className="space-y-1">
          <legend id={groupId} className="text-lg font-semibold">
            {t('quizPick')}
          </legend>
          {causes.map((c) => (
            // A long English title must not squeeze the radio: it keeps its 24 px, the
            // text wraps beside it, and the row stays a 48 px touch target.
            <label key={c} className="flex min-h-12 items-center gap-3 py-1">
              <input
                type="radio"
                name="guess"
                className="size-6 shrink-0"
                value={c}
                checked={guess === c}
                onChange={() => setGuess(c)}
              />
              <span className="min-w-0">{title(c)}</span>
            </label>
          ))}
        </fieldset>
        {!submitted && (
          <button type="submit" className={buttonPrimary} disabled={!guess}>
            {t('quizSubmit')}
          </button>
        )}
      </form>
      {submitted && (
        <div role="status" className={`${card} space-y-1`}>
          <p>
            {t('quizYou', { cause: title(guess) })} — {mark(guess === scenario.truth)}
          </p>
          {engine && (
            <p>
              {t('quizEngine', { cause: title(engine.id), p: percent(engine.probability, lang) })} —{' '}
              {mark(engine.id === scenario.truth)}
            </p>
          )}
          <p>{t('quizAskedCount', { n: asked.length, m: wizardAsked })}</p>
          <p className="font-semibold">{t('quizTruth', { cause: title(scenario.truth) })}</p>
          <p>{t('quizScore', { right: quiz.right, total: quiz.answered.length })}</p>
        </div>
      )}
      {submitted && (
        <section aria-labelledby={`${groupId}-story`} className={`${card} space-y-1`}>
          <h2 id={`${groupId}-story`} className="font-semibold">
            {t('quizWholeStory')}
          </h2>
          <p>{scenario.situation[lang]}</p>
        </section>
      )}
      <div className="flex flex-wrap gap-2">
        {submitted && next && (
          <Link className={buttonSecondary} to={paths.quiz(next.id)}>
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
