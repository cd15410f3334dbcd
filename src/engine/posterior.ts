import { DONT_KNOW } from '../catalogue/constants.ts';
import { evidenceRow } from './compiled-question.ts';
import { learnedLogPrior } from './learned-prior.ts';
import { logFailed, logWorked, type FamilyModel } from './model.ts';
import type { CaseEvidence, RankedCause } from './types.ts';

/** log-sum-exp normalisation: log scores in, probabilities out. */
export function normaliseLog(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((s, x) => s + x, 0);
  return exps.map((x) => x / total);
}

/**
 * Unnormalised log posterior per cause. Questions are summed in catalogue order, not
 * in the order answers were given, so the result is the same for every ordering.
 * Answers to questions (or codes) the family does not know are ignored (see `unusedEvidence`).
 */
export function logScores(model: FamilyModel, evidence: CaseEvidence): number[] {
  const scores = evidence.history ? learnedLogPrior(model, evidence.history) : [...model.logPrior];
  const add = (row: readonly number[]) => row.forEach((l, c) => (scores[c] = (scores[c] ?? 0) + l));
  const answered = Object.keys(evidence.answers)
    .flatMap((id) => model.questionById.get(id) ?? [])
    .sort((a, b) => a.index - b.index);
  for (const q of answered) {
    const row = evidenceRow(q, evidence.answers);
    if (row) add(row);
  }
  for (const fix of [...(evidence.failedFixes ?? [])].sort()) {
    const chance = model.fixChance.get(fix);
    if (chance) add(chance.map(logFailed));
  }
  const worked = evidence.workedFix && model.fixChance.get(evidence.workedFix);
  if (worked) add(worked.map(logWorked));
  return scores;
}

export function posterior(model: FamilyModel, evidence: CaseEvidence): number[] {
  return normaliseLog(logScores(model, evidence));
}

/** Causes with their probabilities, most probable first (ties in catalogue order). */
export function rankCauses(model: FamilyModel, probabilities: readonly number[]): RankedCause[] {
  return model.causes
    .map((id, i) => ({ id, probability: probabilities[i] ?? 0, i }))
    .sort((a, b) => b.probability - a.probability || a.i - b.i)
    .map(({ id, probability }) => ({ id, probability }));
}

/** Parts of the evidence this family's model cannot use, so the UI can say so. */
export function unusedEvidence(model: FamilyModel, evidence: CaseEvidence): string[] {
  const unused: string[] = [];
  for (const [question, answer] of Object.entries(evidence.answers)) {
    const q = model.questionById.get(question);
    if (!q || (answer !== DONT_KNOW && !q.answers.includes(answer))) unused.push(question);
  }
  return unused.sort();
}
