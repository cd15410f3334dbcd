import type { CompiledQuestion } from './compiled-question.ts';

/*
 * "Check again": a second reading of a question already answered. A person at the
 * counter misreads or mis-taps now and then; when one answer goes against the rest, a
 * second look at the same thing is often the cheapest way to settle it. The second
 * reading is a derived question of the model, never a catalogue entry (docs/decisions/
 * 0008-check-again.md).
 */

/** Catalogue ids never contain "--", so a derived id cannot clash with a real one. */
const SUFFIX = '--again';

export const againId = (question: string): string => `${question}${SUFFIX}`;

/** The question a derived id re-reads, or undefined for an ordinary id. */
export const againOf = (id: string): string | undefined =>
  id.endsWith(SUFFIX) ? id.slice(0, -SUFFIX.length) : undefined;

/**
 * P(second reading r2 | cause, first reading r1), as [r1][r2][cause].
 * `lik` is the question's P(reading | cause) with the slip allowance already in:
 * lik = (1 − s)·P0 + s/k, where P0 is what the person would see with no slip. Each
 * reading slips on its own, so P(r1, r2 | c) = Σ_t P0(t | c)·N(r1 | t)·N(r2 | t) with
 * N(r | t) = (1 − s)·[r = t] + s/k; dividing by P(r1 | c) leaves the second reading's
 * likelihood given the first. Null when slip is 0 (a second reading could add nothing).
 */
export function againLikelihoods(lik: readonly number[][], slip: number): number[][][] | null {
  const k = lik.length;
  if (slip <= 0 || slip >= 1 || k < 2) return null;
  const noise = (r: number, t: number) => (r === t ? 1 - slip : 0) + slip / k;
  const p0 = lik.map((row) => row.map((x) => Math.max(0, (x - slip / k) / (1 - slip))));
  return lik.map((firstRow, r1) =>
    lik.map((_, r2) =>
      firstRow.map((first, c) => {
        let joint = 0;
        for (let t = 0; t < k; t++) joint += (p0[t]?.[c] ?? 0) * noise(r1, t) * noise(r2, t);
        return joint / first;
      }),
    ),
  );
}

/** The derived question that re-reads `base`: askable once `base` has a real answer. */
export function againQuestion(
  base: CompiledQuestion,
  index: number,
  slip: number,
): CompiledQuestion | null {
  const table = againLikelihoods(base.lik, slip);
  if (!table) return null;
  return {
    id: againId(base.id),
    index,
    answers: base.answers,
    effort: base.effort,
    when: [{ question: base.id, answers: base.answers }],
    // A second look is as easy to take as the first, and is not looked at a third time.
    source: base.source,
    answerable: base.answerable,
    reread: false,
    lik: [],
    logLik: [],
    dontKnow: null,
    again: {
      of: base.id,
      alone: base.logLik,
      lik: table,
      logLik: table.map((rows) => rows.map((row) => row.map(Math.log))),
    },
  };
}
