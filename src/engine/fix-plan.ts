import type { FamilyModel } from './model.ts';
import type { CaseEvidence, PlannedFix } from './types.ts';

/** Fixes whose chance of working falls below this are left off the plan. */
export const MIN_FIX_CHANCE = 0.02;

/**
 * Is the "was the customer already charged?" check still owed? True while the causes
 * that may have charged the customer hold at least `chargeCheckFrom` of the probability
 * and the family's check has not been done. Safety, not p/C: a gate.
 */
export function chargeCheckPending(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  from = model.vocabulary.chargeCheckFrom,
): boolean {
  if (!model.chargeCheck || evidence.failedFixes?.includes(model.chargeCheck)) return false;
  return chargeRisk(model, p) >= from;
}

/** The probability that the customer may already have been charged. */
export const chargeRisk = (model: FamilyModel, p: readonly number[]): number =>
  model.doubleCharge.reduce((s, risky, c) => s + (risky ? (p[c] ?? 0) : 0), 0);

/** From this risk on, the check is the first thing done, before any question. */
export const CHECK_FIRST_FROM = 0.5;

/**
 * Fixes ordered by P(resolves | evidence) / effort, the p/C rule of
 * decision-theoretic troubleshooting. Fixes already tried are left out; they enter
 * the posterior as evidence instead, so the plan re-orders after each failure.
 * While the charge check is pending it is step 1 and fixes that take money again wait.
 */
export function fixPlan(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
): PlannedFix[] {
  const tried = new Set(evidence.failedFixes ?? []);
  const gate = chargeCheckPending(model, evidence, p);
  const plan: (PlannedFix & { ratio: number })[] = [];
  for (const [fix, chances] of model.fixChance) {
    if (tried.has(fix)) continue;
    if (gate && model.takesPayment.has(fix)) continue;
    const pinned = gate && fix === model.chargeCheck;
    const chance = chances.reduce((s, ch, c) => s + ch * (p[c] ?? 0), 0);
    if (chance < MIN_FIX_CHANCE && !pinned) continue;
    const effort = model.fixEffort.get(fix) ?? 60;
    const causes = model.causes
      .map((id, c) => ({ id, w: (chances[c] ?? 0) * (p[c] ?? 0) }))
      .filter((x) => x.w > 0)
      .sort((a, b) => b.w - a.w)
      .map((x) => x.id);
    plan.push({ fix, chance, effort, causes, ratio: pinned ? Infinity : chance / effort });
  }
  return plan
    .sort((a, b) => b.ratio - a.ratio || a.fix.localeCompare(b.fix))
    .map(({ fix, chance, effort, causes }) => ({ fix, chance, effort, causes }));
}
