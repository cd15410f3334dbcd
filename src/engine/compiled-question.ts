import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Condition } from '../catalogue/schema.ts';

export type CompiledQuestion = {
  id: string;
  index: number;
  answers: string[];
  effort: number;
  when: Condition[];
  /** Where its answer comes from (see catalogue sourceSchema). */
  source: string;
  /** P(a caller can answer it at all), before anything is known of this case. */
  answerable: number;
  /** A reading worth a second look ("check again"), not a fact known for certain. */
  reread: boolean;
  /** Natural-log likelihoods, [answer][cause]. */
  logLik: number[][];
  /** Plain likelihoods, [answer][cause], for expected-gain sums. */
  lik: number[][];
  /** log P(dont-know | cause), or null when "don't know" carries no evidence. */
  dontKnow: number[] | null;
  /**
   * Set on a derived "check again" question (see again.ts): its likelihoods depend on
   * the first reading, [firstAnswer][answer][cause]; `lik` and `logLik` are then empty.
   * If the first reading is withdrawn ("don't know"), the second counts alone (`alone`,
   * the base question's own log likelihoods), so no answer given is ever lost.
   */
  again?: { of: string; alone: number[][]; lik: number[][][]; logLik: number[][][] } | undefined;
};

/** The answers so far, as the engine reads them. */
type Answers = Readonly<Record<string, string>>;
/** Rows of numbers per answer, [answer][cause]. */
export type Rows = readonly (readonly number[])[];

const firstReading = (q: CompiledQuestion, answers: Answers): number =>
  q.again ? q.answers.indexOf(answers[q.again.of] ?? '') : -1;

/**
 * P(answer | cause) rows (and their natural logs) for asking `q` now: its own, or for a
 * "check again" question those given the first reading (none if there is none to re-read).
 */
export function likNow(q: CompiledQuestion, answers: Answers): { lik: Rows; logLik: Rows } {
  if (!q.again) return { lik: q.lik, logLik: q.logLik };
  const first = firstReading(q, answers);
  return { lik: q.again.lik[first] ?? [], logLik: q.again.logLik[first] ?? [] };
}

/** log P(the given answer | cause) for each cause, or null when it carries no evidence. */
export function evidenceRow(q: CompiledQuestion, answers: Answers): readonly number[] | null {
  const answer = answers[q.id];
  if (answer === undefined) return null;
  if (answer === DONT_KNOW) return q.dontKnow;
  const a = q.answers.indexOf(answer);
  if (!q.again) return q.logLik[a] ?? null;
  const first = firstReading(q, answers);
  return (first < 0 ? q.again.alone[a] : q.again.logLik[first]?.[a]) ?? null;
}

export const compiled = (id: string, index: number, answers: string[], lik: number[][]) => ({
  id,
  index,
  answers,
  lik,
  logLik: lik.map((row) => row.map(Math.log)),
  effort: 1,
  when: [],
  source: 'terminal',
  answerable: 0.8,
  reread: false,
  dontKnow: null,
  again: undefined,
});

export const transpose = (m: number[][]): number[][] =>
  (m[0] ?? []).map((_, a) => m.map((row) => row[a] ?? 0));

/** A question belongs to a family only if its answer tells the family's causes apart. */
export const discriminates = (lik: number[][]): boolean =>
  lik.some((row) => row.some((p) => Math.abs(p - (row[0] ?? 0)) > 1e-9));
