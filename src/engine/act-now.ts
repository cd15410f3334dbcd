import { likNow } from './compiled-question.ts';
import { chargeCheckPending, CHECK_FIRST_FROM, fixPlan } from './fix-plan.ts';
import type { FamilyModel } from './model.ts';
import { byScore, rankQuestions, type RankedQuestion } from './next-question.ts';
import type { CaseEvidence, NextStep, PlannedFix } from './types.ts';

/**
 * Minutes one question costs at the counter, by effort: a glance holds the queue for
 * about ten seconds, a quick test a minute, a sale or restart three, a call ten, a wait
 * on someone half an hour.
 */
export const QUESTION_MINUTES: Readonly<Record<number, number>> = {
  1: 0.2,
  2: 1,
  3: 3,
  4: 10,
  5: 30,
};
/** What is left when no fix in the plan works: the call to the acquirer, and its wait. */
export const ESCALATION_MINUTES = 60;
/**
 * Only a fix that can be done now, at the counter, is offered inside the flow: one that
 * waits on someone for hours is for the plan, once the questions have narrowed it down
 * (comparing one question against a day's wait always says "act": myopia).
 */
export const IN_FLOW_MINUTES = 30;
/** Questions looked ahead at: the best few by expected gain per effort. */
const LOOK_AHEAD = 3;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Expected minutes until the fault is fixed by following `plan` from here (the expected
 * cost of repair): each fix is paid for while the fault is still there, and whatever
 * no fix resolves ends in a call to the acquirer.
 */
export function planMinutes(model: FamilyModel, plan: readonly PlannedFix[], p: readonly number[]) {
  let broken = [...p];
  let total = 0;
  for (const step of plan) {
    total += step.effort * sum(broken);
    const chance = model.fixChance.get(step.fix) ?? [];
    broken = broken.map((x, c) => x * (1 - (chance[c] ?? 0)));
  }
  return total + ESCALATION_MINUTES * sum(broken);
}

const planFor = (model: FamilyModel, evidence: CaseEvidence, p: readonly number[]) =>
  fixPlan(model, evidence, p).filter((f) => !evidence.deferred?.includes(f.fix));

/**
 * Stop by value (Heckerman, Breese & Rommelse 1995): compare acting now on the p/C plan
 * with asking one of the best questions first and then acting. A question is worth its
 * minutes only if what it is expected to change in the plan saves more than it costs;
 * a question the caller may not be able to answer saves only when answered. Returns
 * the fix to offer now, or undefined when a question pays for itself. Myopic: one
 * question ahead, as in the classic troubleshooting heuristic.
 */
export function actOffer(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  ranked: readonly RankedQuestion[] = rankQuestions(model, evidence, p),
  plan: readonly PlannedFix[] = planFor(model, evidence, p),
): { fix: PlannedFix; minutes: number } | undefined {
  const first = plan[0];
  if (!first || first.effort > IN_FLOW_MINUTES) return undefined;
  const now = planMinutes(model, plan, p);
  for (const r of ranked.slice(0, LOOK_AHEAD)) {
    const q = model.questionById.get(r.question);
    if (!q || r.gainBits <= 1e-6) continue;
    const { lik } = likNow(q, evidence.answers);
    let after = 0;
    lik.forEach((row, a) => {
      const joint = p.map((pc, c) => pc * (row[c] ?? 0));
      const pa = sum(joint);
      if (pa <= 0) return;
      const post = joint.map((x) => x / pa);
      const answers = { ...evidence.answers, [q.id]: q.answers[a] ?? '' };
      after += pa * planMinutes(model, planFor(model, { ...evidence, answers }, post), post);
    });
    const ask = (QUESTION_MINUTES[q.effort] ?? 3) + r.answerable * after + (1 - r.answerable) * now;
    if (ask < now) return undefined;
  }
  return { fix: first, minutes: now };
}

/**
 * The fix to offer inside the flow now, if any. When the customer has more likely than
 * not been charged already, finding out comes first of all, before any question (the
 * plan holds back new payments from 5 % on, decision 0010); when the questions are done,
 * the plan's first fix; otherwise the fix that stop-by-value says is cheaper than asking.
 * `fixes` is the p/C plan for the same evidence; `scored` the questions as scored for it.
 */
export function actNow(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  next: NextStep,
  fixes: readonly PlannedFix[],
  scored: readonly RankedQuestion[],
): PlannedFix | undefined {
  const plan = fixes.filter((f) => !evidence.deferred?.includes(f.fix));
  const first = plan[0];
  const checkFirst =
    first?.fix === model.chargeCheck && chargeCheckPending(model, evidence, p, CHECK_FIRST_FROM);
  if (checkFirst || next.done) return first;
  return actOffer(model, evidence, p, byScore(scored), plan)?.fix;
}
