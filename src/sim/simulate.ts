import { DONT_KNOW } from '../catalogue/constants.ts';
import type { FamilyModel } from '../engine/model.ts';
import { isAskable, nextStep } from '../engine/next-question.ts';
import { normaliseLog, posterior, rankCauses } from '../engine/posterior.ts';
import type { CaseEvidence } from '../engine/types.ts';
import { draw } from './rng.ts';
import type { Catalogue } from '../catalogue/schema.ts';

/** The catalogue as the world is assumed to be: answers exactly as signed, no slips. */
export const withoutSlip = (cat: Catalogue): Catalogue => ({
  ...cat,
  vocabulary: { ...cat.vocabulary, slip: 0 },
});

export type Noise = { flip: number; dontKnow: number };
export const BENCH_NOISE: Noise = { flip: 0.1, dontKnow: 0.15 };

/**
 * adaptive: the engine's choice and stop rule. fixed: a script in catalogue order with
 * the same stop rule. every: the engine's order, but never stopping until no question is
 * left, which measures what the catalogue's questions can tell apart at all (its ceiling).
 */
export type Policy = 'adaptive' | 'fixed' | 'every';
export type CaseResult = {
  truth: string;
  rank: number;
  questions: number;
  /** The answers given, as the engine saw them at stop. */
  answers: Record<string, string>;
};

/** Picks the next question for `policy`, or undefined to stop. */
function choose(model: FamilyModel, evidence: CaseEvidence, policy: Policy): string | undefined {
  const p = posterior(model, evidence);
  const step = nextStep(model, evidence, p);
  if (policy === 'adaptive') return step.done ? undefined : step.question;
  if (policy === 'every') return step.done ? step.best?.question : step.question;
  const asked = Object.keys(evidence.answers).length;
  if (Math.max(...p) >= model.vocabulary.confidence || asked >= model.vocabulary.budget)
    return undefined;
  // A script reads each question once, in catalogue order.
  return model.questions.find((q) => !q.again && isAskable(q, evidence.answers))?.id;
}

/**
 * One simulated case: a true cause drawn from the priors ("other" stands for a fault
 * outside the catalogue), answers drawn from P(answer | cause) of `world` (the same
 * family compiled without the engine's slip allowance), then made noisy.
 */
export function simulateCase(
  model: FamilyModel,
  world: FamilyModel,
  rand: () => number,
  noise: Noise,
  policy: Policy,
  /** A fault mix other than the catalogue's, and a device history the engine is given. */
  shift: { mix?: readonly number[]; history?: Readonly<Record<string, number>> } = {},
): CaseResult {
  const truth = draw(rand, shift.mix ?? normaliseLog(model.logPrior));
  const answers: Record<string, string> = {};
  const evidence: CaseEvidence = { family: model.family, answers, history: shift.history };
  // What the person would see on a careful look; each reading of it is noisy on its own.
  const seen = new Map<string, number>();
  for (let guard = 0; guard < model.questions.length; guard++) {
    const id = choose(model, evidence, policy);
    const asked = id ? model.questionById.get(id) : undefined;
    const base = asked?.again?.of ?? id;
    const q = base ? world.questionById.get(base) : undefined;
    if (!id || !q) break;
    const t =
      seen.get(q.id) ??
      draw(
        rand,
        q.lik.map((row) => row[truth] ?? 0),
      );
    seen.set(q.id, t);
    let a = t;
    const r = rand();
    if (r < noise.dontKnow) {
      answers[id] = DONT_KNOW;
      continue;
    }
    if (r < noise.dontKnow + noise.flip && q.answers.length > 1) {
      a = (a + 1 + Math.floor(rand() * (q.answers.length - 1))) % q.answers.length;
    }
    answers[id] = q.answers[a] ?? DONT_KNOW;
  }
  const ranked = rankCauses(model, posterior(model, evidence));
  const truthId = model.causes[truth] ?? '';
  return {
    truth: truthId,
    rank: ranked.findIndex((c) => c.id === truthId),
    questions: Object.keys(answers).length,
    answers,
  };
}
