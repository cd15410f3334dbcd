import type { Catalogue } from '../catalogue/schema.ts';
import { chargeCheckPending, fixPlan } from './fix-plan.ts';
import { familyModel } from './model.ts';
import { posterior, rankCauses, unusedEvidence } from './posterior.ts';
import { nextStep } from './next-question.ts';
import type { CaseEvidence, NextStep, PlannedFix, RankedCause } from './types.ts';

export type Diagnosis = {
  causes: RankedCause[];
  next: NextStep;
  fixes: PlannedFix[];
  /** Question ids in the evidence that this family cannot use. */
  ignored: string[];
  /** The customer may already have been charged and nobody has checked yet. */
  chargeCheckPending: boolean;
};

/** One call for the UI: everything derived from the evidence, nothing stored. */
export function diagnose(catalogue: Catalogue, evidence: CaseEvidence): Diagnosis {
  const model = familyModel(catalogue, evidence.family);
  const p = posterior(model, evidence);
  return {
    causes: rankCauses(model, p),
    next: nextStep(model, evidence, p),
    fixes: fixPlan(model, evidence, p),
    ignored: unusedEvidence(model, evidence),
    chargeCheckPending: chargeCheckPending(model, evidence, p),
  };
}
