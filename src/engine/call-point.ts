import { fixPlan } from './fix-plan.ts';
import type { FamilyModel } from './model.ts';
import type { PlannedFix } from './types.ts';

/** The call to the acquirer's hotline, with its queue and the hand-over of the packet. */
export const ESCALATION_MINUTES = 60;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

type KnownStep = { fix: string; effort: number; chance: number };
/** Per cause, the fixes in the order the plan takes them once that cause is known. */
const knownPlans = new WeakMap<FamilyModel, KnownStep[][]>();
function knownPlan(model: FamilyModel, c: number): readonly KnownStep[] {
  let plans = knownPlans.get(model);
  if (!plans) {
    plans = model.causes.map((_, k) => {
      const certain = model.causes.map((__, j) => (j === k ? 1 : 0));
      return fixPlan(model, { family: model.family, answers: {} }, certain).map((s) => ({
        fix: s.fix,
        effort: s.effort,
        chance: model.fixChance.get(s.fix)?.[k] ?? 0,
      }));
    });
    knownPlans.set(model, plans);
  }
  return plans[c] ?? [];
}

/**
 * Minutes from the call to the acquirer until a working fix, when cause `c` is the
 * fault: the call, then the plan made with that cause known (the acquirer sees its own
 * records and settles which cause it is), leaving out what was already tried, its own
 * leftovers ending in one more call.
 */
export function afterCallMinutes(
  model: FamilyModel,
  c: number,
  tried: ReadonlySet<string> = new Set(),
): number {
  let broken = 1;
  let total = ESCALATION_MINUTES;
  for (const step of knownPlan(model, c)) {
    if (tried.has(step.fix)) continue;
    total += step.effort * broken;
    broken *= 1 - step.chance;
  }
  return total + ESCALATION_MINUTES * broken;
}

/**
 * The expected cost of repair of following `plan` from here (Heckerman, Breese &
 * Rommelse 1995), with the call to the acquirer as one more action: each fix is paid for
 * while the fault is still there, and at some step the shop stops trying and calls.
 * `callAfter` is the number of fixes worth trying first, chosen to make the expected
 * minutes least: 0 means "call the acquirer now" (what is left would only be tried on a
 * guess, a day at a time, while the acquirer can look the cause up). `tried`: fixes
 * already tried without success, which the acquirer will not try again either;
 * `atLeast`: steps that come before any call (the check for a double charge).
 */
export function planCost(
  model: FamilyModel,
  plan: readonly PlannedFix[],
  p: readonly number[],
  tried: readonly string[] = [],
  atLeast = 0,
): { minutes: number; callAfter: number } {
  const done = new Set(tried);
  const callNow = (broken: readonly number[]) =>
    sum(broken.map((x, c) => (x > 1e-9 ? x * afterCallMinutes(model, c, done) : 0)));
  let broken = [...p];
  let spent = 0;
  let best = { minutes: atLeast > 0 ? Infinity : callNow(broken), callAfter: 0 };
  plan.forEach((step, i) => {
    spent += step.effort * sum(broken);
    const chance = model.fixChance.get(step.fix) ?? [];
    broken = broken.map((x, c) => x * (1 - (chance[c] ?? 0)));
    done.add(step.fix);
    if (i + 1 < atLeast) return;
    const minutes = spent + callNow(broken);
    if (minutes < best.minutes - 1e-9) best = { minutes, callAfter: i + 1 };
  });
  return best;
}
