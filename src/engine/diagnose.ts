import type { Catalogue } from '../catalogue/schema.ts';
import { actOffer } from './act-now.ts';
import { chargeCheckPending, CHECK_FIRST_FROM, fixPlan } from './fix-plan.ts';
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
  /**
   * The fix to try now, inside the flow: acting on the plan is expected to reach a
   * working fix sooner than asking anything first (or there is nothing left to ask).
   */
  act?: PlannedFix | undefined;
};

/** One call for the UI: everything derived from the evidence, nothing stored. */
export function diagnose(catalogue: Catalogue, evidence: CaseEvidence): Diagnosis {
  const model = familyModel(catalogue, evidence.family);
  const p = posterior(model, evidence);
  const next = nextStep(model, evidence, p);
  const fixes = fixPlan(model, evidence, p);
  const pending = chargeCheckPending(model, evidence, p);
  const firstFix = fixes.find((f) => !evidence.deferred?.includes(f.fix));
  // When the customer has more likely than not been charged already, finding out comes
  // first of all, before any question; the plan holds back new payments from 5 % on.
  const checkFirst = chargeCheckPending(model, evidence, p, CHECK_FIRST_FROM);
  const act =
    (checkFirst && firstFix?.fix === model.chargeCheck) || next.done
      ? firstFix
      : actOffer(model, evidence, p)?.fix;
  return {
    causes: rankCauses(model, p),
    next,
    fixes,
    act,
    ignored: unusedEvidence(model, evidence),
    chargeCheckPending: pending,
  };
}
