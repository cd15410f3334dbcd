import type { Catalogue } from '../catalogue/schema.ts';
import { callPoint, decideStep } from './act-now.ts';
import { chargeCheckPending, fixPlan } from './fix-plan.ts';
import { familyModel } from './model.ts';
import { posterior, rankCauses, unusedEvidence } from './posterior.ts';
import { scoreQuestions } from './next-question.ts';
import type { CaseEvidence, NextStep, PlannedFix, RankedCause } from './types.ts';

export type Diagnosis = {
  causes: RankedCause[];
  next: NextStep;
  fixes: PlannedFix[];
  /** Question ids in the evidence that this family cannot use. */
  ignored: string[];
  /** The customer may already have been charged and nobody has checked yet. */
  chargeCheckPending: boolean;
  /**
   * The fix to try now, inside the flow: acting on the plan is expected to reach a
   * working fix sooner than asking anything first (or there is nothing left to ask).
   */
  act?: PlannedFix | undefined;
  /**
   * How many steps of `fixes` are worth trying before calling the acquirer; from there
   * on, the call is expected to reach a working fix sooner (0: call now).
   */
  callAfter: number;
};

/** One call for the UI: everything derived from the evidence, nothing stored. */
export function diagnose(catalogue: Catalogue, evidence: CaseEvidence): Diagnosis {
  const model = familyModel(catalogue, evidence.family);
  const p = posterior(model, evidence);
  // Questions are scored once, for the next question and for stop-by-value alike.
  const scored = scoreQuestions(model, evidence, p);
  const fixes = fixPlan(model, evidence, p);
  const { next, act } = decideStep(model, evidence, p, fixes, scored);
  return {
    causes: rankCauses(model, p),
    next,
    fixes,
    act,
    callAfter: callPoint(model, evidence, fixes, p).callAfter,
    ignored: unusedEvidence(model, evidence),
    chargeCheckPending: chargeCheckPending(model, evidence, p),
  };
}
