import { evidenceRow } from './compiled-question.ts';
import { logFailed, type FamilyModel } from './model.ts';
import { normaliseLog } from './posterior.ts';
import type { CaseEvidence, EvidenceWeight } from './types.ts';

/**
 * log2 P(e | cause) / P(e | any other cause), the other causes weighted by their
 * priors: how far one piece of evidence pushes this cause up (+) or down (−).
 * Using priors, not the running posterior, keeps each weight independent of order.
 */
function weight(row: readonly number[], c: number, prior: readonly number[]): number {
  let rest = 0;
  let restPrior = 0;
  prior.forEach((pc, i) => {
    if (i === c) return;
    rest += pc * Math.exp(row[i] ?? 0);
    restPrior += pc;
  });
  return ((row[c] ?? 0) - Math.log(rest / restPrior)) / Math.LN2;
}

/** The evidence for and against one cause, strongest first. */
export function explainCause(
  model: FamilyModel,
  evidence: CaseEvidence,
  causeId: string,
): EvidenceWeight[] {
  const c = model.causes.indexOf(causeId);
  if (c < 0) return [];
  const prior = normaliseLog(model.logPrior);
  const out: EvidenceWeight[] = [];
  for (const q of model.questions) {
    const answer = evidence.answers[q.id];
    const row = evidenceRow(q, evidence.answers);
    if (row && answer !== undefined)
      out.push({ source: { kind: 'answer', question: q.id, answer }, bits: weight(row, c, prior) });
  }
  for (const fix of evidence.failedFixes ?? []) {
    const chance = model.fixChance.get(fix);
    if (chance)
      out.push({ source: { kind: 'fix', fix }, bits: weight(chance.map(logFailed), c, prior) });
  }
  return out
    .filter((e) => Math.abs(e.bits) > 0.01)
    .sort((a, b) => Math.abs(b.bits) - Math.abs(a.bits));
}
