export { diagnose, type Diagnosis } from './diagnose.ts';
export { explainCause } from './explain.ts';
export { familyModel, type FamilyModel } from './model.ts';
export { posterior, rankCauses } from './posterior.ts';
export { nextStep, rankQuestions, expectedGain } from './next-question.ts';
export { fixPlan } from './fix-plan.ts';
export { entropy } from './entropy.ts';
export * from './types.ts';
