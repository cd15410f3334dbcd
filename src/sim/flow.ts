import { DONT_KNOW } from '../catalogue/constants.ts';
import { decideStep, QUESTION_MINUTES } from '../engine/act-now.ts';
import { afterCallMinutes, ESCALATION_MINUTES } from '../engine/call-point.ts';
import { fixPlan } from '../engine/fix-plan.ts';
import type { FamilyModel } from '../engine/model.ts';
import { isAskable, scoreQuestions } from '../engine/next-question.ts';
import { posterior, rankCauses } from '../engine/posterior.ts';
import type { CaseEvidence } from '../engine/types.ts';

/** Who is at the counter: answers what they can, and says whether a fix worked. */
export type Responder = {
  /** The answer to a question (for a "check again", the re-reading), or dont-know. */
  answer: (question: string) => string;
  /** The chance that this fix, tried now, works (1 or 0 where it is known). */
  fixWorks: (fix: string) => number;
};

/**
 * What a flow costs, in expectation over whether each fix works: the flow follows the
 * path on which every fix so far failed, weighting each step by the chance of still being
 * on it. Deterministic for given answers, so policies compare without the noise of
 * drawing fix outcomes (a day-long fix that fails by chance would swamp everything).
 */
export type FlowResult = {
  /** Expected questions asked. */
  questions: number;
  /**
   * Question minutes plus the minutes of every fix tried; when none worked, the call to
   * the acquirer and then their fix for the true cause (expected minutes of the plan
   * made with the cause known).
   */
  minutes: number;
  /** The chance the flow ended with a working fix (1 or 0 for known outcomes). */
  fixed: number;
  /** Expected fixes tried. */
  fixesTried: number;
  /** Where the true cause ranked when the flow ended (-1 if unknown). */
  rank: number;
};

/**
 * adaptive: the wizard as it runs: the best question, or the first fix inside the flow
 * when acting is cheaper; "still failing" is evidence and the questions go on.
 * fixed: a script of every question in catalogue order to the stop rule, then the plan.
 * known: no questions; the plan made with the true cause known (the floor).
 */
export type FlowPolicy = 'adaptive' | 'fixed' | 'known';

/** After this many fixes that did not work, the clerk calls the acquirer. */
export const FIX_LIMIT = 6;

export function runFlow(
  model: FamilyModel,
  start: { answers: Record<string, string>; told?: string[] },
  responder: Responder,
  policy: FlowPolicy,
  truth = -1,
): FlowResult {
  const answers = { ...start.answers };
  const failedFixes: string[] = [];
  let minutes = 0;
  let questions = 0;
  let tries = 0;
  /** The chance every fix so far has failed: that the flow is still going. */
  let alive = 1;
  const evidence = (): CaseEvidence => ({
    family: model.family,
    answers,
    failedFixes,
    told: start.told,
  });
  const ask = (id: string) => {
    const q = model.questionById.get(id);
    minutes += alive * (QUESTION_MINUTES[q?.effort ?? 3] ?? 3);
    questions += alive;
    answers[id] = responder.answer(id);
  };
  /** Tries a fix on the path where it fails; true once nothing is left on that path. */
  const tryFix = (fix: string, effort: number) => {
    minutes += alive * effort;
    tries += alive;
    alive *= 1 - responder.fixWorks(fix);
    failedFixes.push(fix);
    return alive < 1e-9;
  };
  const certain = model.causes.map((_, c) => (c === truth ? 1 : 0));
  const afterCall = () =>
    truth >= 0 ? afterCallMinutes(model, truth, new Set(failedFixes)) : ESCALATION_MINUTES;
  const end = (): FlowResult => {
    // The ranking the results show: a fix that worked is evidence for what it fixes.
    const worked = alive < 1e-9;
    const ranked = rankCauses(
      model,
      posterior(model, {
        ...evidence(),
        failedFixes: worked ? failedFixes.slice(0, -1) : failedFixes,
        workedFix: worked ? failedFixes.at(-1) : undefined,
      }),
    );
    const id = model.causes[truth];
    return {
      questions,
      minutes: minutes + alive * afterCall(),
      fixed: 1 - alive,
      fixesTried: tries,
      rank: id ? ranked.findIndex((c) => c.id === id) : -1,
    };
  };

  if (policy === 'adaptive')
    for (let guard = 0; guard < 200; guard++) {
      const e = evidence();
      const p = posterior(model, e);
      // The wizard's own choice, as diagnose() makes it for the screen.
      const scored = scoreQuestions(model, e, p);
      const { next, act } = decideStep(model, e, p, fixPlan(model, e, p), scored);
      if (act) {
        if (tryFix(act.fix, act.effort) || failedFixes.length >= FIX_LIMIT) return end();
        continue;
      }
      if (next.done) return end();
      ask(next.question);
    }
  if (policy === 'fixed')
    for (let guard = 0; guard < model.questions.length; guard++) {
      const e = evidence();
      const p = posterior(model, e);
      const asked = Object.keys(answers).length;
      if (Math.max(...p) >= model.vocabulary.confidence || asked >= model.vocabulary.budget) break;
      const q = model.questions.find((x) => !x.again && isAskable(x, answers));
      if (!q) break;
      ask(q.id);
    }
  for (let i = 0; i < FIX_LIMIT; i++) {
    const e = evidence();
    const [next] = fixPlan(model, e, policy === 'known' ? certain : posterior(model, e));
    if (!next) break;
    if (tryFix(next.fix, next.effort)) return end();
  }
  return end();
}

/** The re-reading of a "check again" question is the answer to the question it re-reads. */
export const baseOf = (model: FamilyModel, id: string): string =>
  model.questionById.get(id)?.again?.of ?? id;

/** A fix "addresses" a cause when it is meant for it: at least an even chance of fixing it. */
export const ADDRESSES = 0.5;

/**
 * A field case's caller: answers what the case lists, "don't know" to the rest; a fix
 * works when it addresses the case's true cause (a charge check, which seldom fixes
 * anything, does not count).
 */
export function caseResponder(
  model: FamilyModel,
  known: Readonly<Record<string, string>>,
  expected: string,
): Responder {
  const truth = model.causes.indexOf(expected);
  return {
    answer: (id) => known[baseOf(model, id)] ?? DONT_KNOW,
    fixWorks: (fix) => ((model.fixChance.get(fix)?.[truth] ?? 0) >= ADDRESSES ? 1 : 0),
  };
}
