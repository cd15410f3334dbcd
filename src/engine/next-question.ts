import { DONT_KNOW } from '../catalogue/constants.ts';
import { entropy } from './entropy.ts';
import { answerableNow } from './answerability.ts';
import { likNow, type Rows } from './compiled-question.ts';
import type { CompiledQuestion, FamilyModel } from './model.ts';
import type { CaseEvidence, NextStep } from './types.ts';

/** What every question's gain at one step shares: the causes as they stand. */
export type GainBasis = {
  p: readonly number[];
  /** ln p per cause (0 where p is 0: such a cause adds nothing to any sum). */
  logP: readonly number[];
  /** Causes whose probability can still matter to a gain. */
  active: readonly number[];
  /** H(C) now, in bits. */
  before: number;
};

/**
 * Skipping causes below 1e-6 moves a gain by less than 1e-4 bits, far below any
 * difference that picks a question, and makes late steps on large families several
 * times cheaper.
 */
export const gainBasis = (p: readonly number[], floor = 1e-6): GainBasis => ({
  p,
  logP: p.map((x) => (x > 0 ? Math.log(x) : 0)),
  active: p.flatMap((x, c) => (x > floor ? [c] : [])),
  before: entropy(p),
});

/**
 * Expected information gain in bits of asking a question with P(answer | cause) rows
 * `lik` (and their natural logs `logLik`) when the causes stand at `basis.p`.
 * Uses P(a)·H(C | a) = P(a)·log P(a) − Σ_c P(a, c)·log P(a, c), and
 * log P(a, c) = log p(c) + log P(a | c) from logs already at hand, so the inner loop
 * takes no logarithm and allocates nothing: it runs for every question at every step.
 */
export function gainOf(basis: GainBasis, lik: Rows, logLik: Rows): number {
  const { p, logP, active, before } = basis;
  let after = 0;
  for (let a = 0; a < lik.length; a++) {
    const row = lik[a]!;
    const logRow = logLik[a]!;
    let pa = 0;
    let sum = 0;
    for (const c of active) {
      const j = p[c]! * row[c]!;
      if (j > 0) {
        pa += j;
        sum += j * (logP[c]! + logRow[c]!);
      }
    }
    if (pa > 0) after += (pa * Math.log(pa) - sum) / Math.LN2;
  }
  return Math.max(0, before - after);
}

/** The gain of one question from its likelihood rows alone (all causes counted). */
export const expectedGain = (lik: Rows, p: readonly number[]): number =>
  gainOf(
    gainBasis(p, 0),
    lik,
    lik.map((row) => row.map(Math.log)),
  );

/**
 * A question may be asked when it is unanswered and every condition on it holds; a
 * second look is never asked of an answer the person gave in their own story.
 */
export function isAskable(
  q: CompiledQuestion,
  answers: Readonly<Record<string, string>>,
  told?: readonly string[],
): boolean {
  if (answers[q.id] !== undefined) return false;
  if (q.again && told?.includes(q.again.of)) return false;
  return q.when.every((c) => {
    const given = answers[c.question];
    return given !== undefined && given !== DONT_KNOW && c.answers.includes(given);
  });
}

export type RankedQuestion = {
  question: string;
  gainBits: number;
  /** P(the caller can answer it), given what they could answer so far. */
  answerable: number;
  score: number;
};

/**
 * Every askable question with its gain and its score, in catalogue order: the gain if
 * answered, weighed by the chance it can be answered, per unit of effort. The chance
 * enters as its square root: it is an authored guess, and where it is wrong (a caller who
 * has the merchant app at hand after all) the full weight keeps a decisive question
 * back for too long; the root keeps most of the ordering and halves that risk
 * (decision 0013: simulated top-1 under flat noise 0.688 → 0.715, minutes unchanged).
 */
export function scoreQuestions(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
): RankedQuestion[] {
  const w = model.vocabulary.effortWeight;
  const basis = gainBasis(p);
  const scored: RankedQuestion[] = [];
  for (const q of model.questions) {
    if (!isAskable(q, evidence.answers, evidence.told)) continue;
    const { lik, logLik } = likNow(q, evidence.answers);
    const gainBits = gainOf(basis, lik, logLik);
    const answerable = answerableNow(q, model.bySource.get(q.source) ?? [], evidence.answers);
    const score = (gainBits * Math.sqrt(answerable)) / (1 + w * (q.effort - 1));
    scored.push({ question: q.id, gainBits, answerable, score });
  }
  return scored;
}

/**
 * Scores closer than this are a tie, settled by catalogue order. Questions with the same
 * evidence may differ in the last bits of a floating-point sum; which is asked must not.
 */
const TIE = 1e-12;

/** Scored questions best first; the sort is stable, so a tie keeps catalogue order. */
export const byScore = (scored: readonly RankedQuestion[]): RankedQuestion[] =>
  [...scored].sort((a, b) => (Math.abs(b.score - a.score) > TIE ? b.score - a.score : 0));

/** Askable questions by expected gain per unit of effort, best first (ties in catalogue order). */
export const rankQuestions = (
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
): RankedQuestion[] => byScore(scoreQuestions(model, evidence, p));

/** The best-scoring question that passes `ok`, the earliest among ties (one pass, no sort). */
function bestOf(scored: readonly RankedQuestion[], ok: (r: RankedQuestion) => boolean) {
  let best: RankedQuestion | undefined;
  for (const r of scored) if (ok(r) && (!best || r.score > best.score + TIE)) best = r;
  return best;
}

/**
 * The most useful next question, or why to stop: the leading cause is sure enough,
 * nothing left is worth asking, or the question budget is spent. The UI may override
 * a stop ("keep asking"), so `best` still names the best remaining question.
 */
export function nextStep(
  model: FamilyModel,
  evidence: CaseEvidence,
  p: readonly number[],
  scored: readonly RankedQuestion[] = scoreQuestions(model, evidence, p),
): NextStep {
  const { confidence, minGainBits, budget } = model.vocabulary;
  const top = bestOf(scored, (r) => r.gainBits >= 1e-6);
  const best = top ? { question: top.question, gainBits: top.gainBits } : undefined;
  const asked = model.questions.filter((q) => evidence.answers[q.id] !== undefined).length;
  if (Math.max(...p) >= confidence) return { done: true, reason: 'confident', best };
  if (asked >= budget) return { done: true, reason: 'budget', best };
  // Stop only when no question, however costly, is still worth asking; then ask the one
  // with the best gain per effort among those that are.
  // Never below the floor of `best`: a question that tells nothing apart is never asked.
  const pick = bestOf(
    scored,
    (r) => r.gainBits >= 1e-6 && r.gainBits * r.answerable >= minGainBits,
  );
  if (!pick) return { done: true, reason: 'exhausted', best };
  return { done: false, question: pick.question, gainBits: pick.gainBits, score: pick.score };
}
