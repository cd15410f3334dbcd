import { fixPlan } from '../engine/fix-plan.ts';
import type { FamilyModel } from '../engine/model.ts';
import { posterior } from '../engine/posterior.ts';
import type { CaseEvidence } from '../engine/types.ts';

export type FixTrial = { resolved: boolean; firstResolved: boolean; tried: number };

/** How far down the plan a user goes before calling it unsolved. */
export const MAX_FIXES = 6;

/**
 * Follows the fix plan as a user would once the questions stop: do the first fix; it
 * resolves the fault with P(fix resolves | true cause); if it does not, it is marked
 * tried, which is evidence, and the plan re-orders. Measures what the ranking is for:
 * whether, and how soon, the fault is actually fixed.
 * `knownCause` plans as if the true cause were certain: the best any diagnosis can do.
 */
export function tryFixes(
  model: FamilyModel,
  evidence: CaseEvidence,
  truth: number,
  rand: () => number,
  knownCause = false,
): FixTrial {
  const failedFixes: string[] = [];
  const certain = model.causes.map((_, c) => (c === truth ? 1 : 0));
  for (let tried = 1; tried <= MAX_FIXES; tried++) {
    const state = { ...evidence, failedFixes };
    const [next] = fixPlan(model, state, knownCause ? certain : posterior(model, state));
    if (!next) return { resolved: false, firstResolved: false, tried: tried - 1 };
    if (rand() < (model.fixChance.get(next.fix)?.[truth] ?? 0))
      return { resolved: true, firstResolved: tried === 1, tried };
    failedFixes.push(next.fix);
  }
  return { resolved: false, firstResolved: false, tried: MAX_FIXES };
}
