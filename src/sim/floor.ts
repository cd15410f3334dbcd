import { entropy } from '../engine/entropy.ts';
import type { FamilyModel } from '../engine/model.ts';
import { normaliseLog } from '../engine/posterior.ts';
import type { Noise } from './simulate.ts';

const h2 = (p: number) => (p <= 0 || p >= 1 ? 0 : -p * Math.log2(p) - (1 - p) * Math.log2(1 - p));

/** Bits one noisy answer of k choices can carry: a k-ary symmetric channel with erasures. */
export function answerCapacity(k: number, noise: Noise): number {
  const f = noise.flip / (1 - noise.dontKnow);
  return (1 - noise.dontKnow) * Math.max(0, Math.log2(k) - h2(f) - f * Math.log2(k - 1));
}

/**
 * The information-theoretic floor on questions for a family: the bits needed to
 * reach the target error rate (Fano's inequality) over the most any one noisy answer
 * can carry. No policy can average fewer questions.
 */
export function floorQuestions(model: FamilyModel, noise: Noise, targetError = 0.1): number {
  const n = model.causes.length;
  const needed = Math.max(
    0,
    entropy(normaliseLog(model.logPrior)) - h2(targetError) - targetError * Math.log2(n - 1),
  );
  const capacity = Math.max(...model.questions.map((q) => answerCapacity(q.answers.length, noise)));
  return capacity > 0 ? needed / capacity : Infinity;
}
