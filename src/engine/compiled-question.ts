import type { Condition } from '../catalogue/schema.ts';

export type CompiledQuestion = {
  id: string;
  index: number;
  answers: string[];
  effort: number;
  when: Condition[];
  /** Natural-log likelihoods, [answer][cause]. */
  logLik: number[][];
  /** Plain likelihoods, [answer][cause], for expected-gain sums. */
  lik: number[][];
  /** log P(dont-know | cause), or null when "don't know" carries no evidence. */
  dontKnow: number[] | null;
};

export const compiled = (id: string, index: number, answers: string[], lik: number[][]) => ({
  id,
  index,
  answers,
  lik,
  logLik: lik.map((row) => row.map(Math.log)),
  effort: 1,
  when: [],
  dontKnow: null,
});

export const transpose = (m: number[][]): number[][] =>
  (m[0] ?? []).map((_, a) => m.map((row) => row[a] ?? 0));

/** A question belongs to a family only if its answer tells the family's causes apart. */
export const discriminates = (lik: number[][]): boolean =>
  lik.some((row) => row.some((p) => Math.abs(p - (row[0] ?? 0)) > 1e-9));
