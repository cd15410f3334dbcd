import { planCost } from './call-point.ts';
import { likNow } from './compiled-question.ts';
import { chargeCheckPending, CHECK_FIRST_FROM, fixPlan } from './fix-plan.ts';
import type { FamilyModel } from './model.ts';
import { byScore, nextStep, rankQuestions, type RankedQuestion } from './next-question.ts';
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
 * Expected minutes to a working fix by following `plan`, calling the acquirer when best;
 * a pending check for a double charge comes before any call, as before any fix.
 */
export const callPoint = (
  model: FamilyModel,
  evidence: CaseEvidence,
  plan: readonly PlannedFix[],
  p: readonly number[],
) =>
  planCost(
    model,
    plan,
    p,
    evidence.failedFixes,
    plan[0]?.fix === model.chargeCheck && chargeCheckPending(model, evidence, p) ? 1 : 0,
  );

const planFor = (model: FamilyModel, evidence: CaseEvidence, p: readonly number[]) =>
  fixPlan(model, evidence, p).filter((f) => !evidence.deferred?.includes(f.fix));

/**
 * Expected minutes to a working fix if question `r` is asked first and the plan is then
 * followed on what it says; a question the caller cannot answer leaves the plan as it is.
 */
function askMinutes(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  r: RankedQuestion,
  now: number,
): number {
  const q = model.questionById.get(r.question);
  if (!q || r.gainBits <= 1e-6) return Infinity;
  const { lik } = likNow(q, evidence.answers);
  let after = 0;
  lik.forEach((row, a) => {
    const joint = p.map((pc, c) => pc * (row[c] ?? 0));
    const pa = sum(joint);
    if (pa <= 0) return;
    const post = joint.map((x) => x / pa);
    const answers = { ...evidence.answers, [q.id]: q.answers[a] ?? '' };
    const then = { ...evidence, answers };
    after += pa * callPoint(model, then, planFor(model, then, post), post).minutes;
  });
  return (QUESTION_MINUTES[q.effort] ?? 3) + r.answerable * after + (1 - r.answerable) * now;
}

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
  const { minutes: now, callAfter } = callPoint(model, evidence, plan, p);
  // Calling the acquirer now is cheaper than this fix: no fix to offer.
  if (callAfter === 0) return undefined;
  for (const r of ranked.slice(0, LOOK_AHEAD))
    if (askMinutes(model, evidence, p, r, now) < now) return undefined;
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
  if (checkFirst) return first;
  if (next.done)
    return first && callPoint(model, evidence, plan, p).callAfter > 0 ? first : undefined;
  return actOffer(model, evidence, p, byScore(scored), plan)?.fix;
}

/**
 * The wizard's next step, as the screen and the simulation take it alike: the question
 * by information per effort, and the fix to try now if acting is cheaper than asking.
 */
export function decideStep(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  fixes: readonly PlannedFix[],
  scored: readonly RankedQuestion[],
): { next: NextStep; act: PlannedFix | undefined } {
  const next = nextStep(model, evidence, p, scored);
  return { next, act: actNow(model, evidence, p, next, fixes, scored) };
}
