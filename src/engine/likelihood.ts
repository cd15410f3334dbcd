import type { Question, Term, Vocabulary } from '../catalogue/schema.ts';

/** No single answer may ever make a cause impossible (or certain). */
export const CLAMP_MIN = 0.02;
export const CLAMP_MAX = 0.98;

export const clamp = (p: number): number => Math.min(CLAMP_MAX, Math.max(CLAMP_MIN, p));

const normalise = (xs: number[]): number[] => {
  const total = xs.reduce((s, x) => s + x, 0);
  return xs.map((x) => x / total);
};

/** P(answer) for a cause with no sign on the question: given bases, the rest shared evenly. */
export function baseRates(question: Question): number[] {
  const given = question.answers.reduce((s, a) => s + (a.base ?? 0), 0);
  const unset = question.answers.filter((a) => a.base === undefined).length;
  const share = unset > 0 ? Math.max(1 - given, CLAMP_MIN * unset) / unset : 0;
  return normalise(question.answers.map((a) => a.base ?? share));
}

/**
 * P(answer | cause) over a question's answers, from the cause's signs.
 * Signed answers take their term; unsigned ones share what is left in proportion to
 * their base rates. The result is clamped and sums to 1.
 */
export function answerDistribution(
  question: Question,
  signs: Readonly<Record<string, Term>> | undefined,
  vocabulary: Vocabulary,
): number[] {
  const base = baseRates(question);
  if (!signs) return withSlip(base, vocabulary.slip);
  const ids = question.answers.map((a) => a.id);
  const signed = ids.map((id) => {
    const term = signs[id];
    return term === undefined ? undefined : vocabulary.terms[term];
  });
  const signedMass = signed.reduce<number>((s, p) => s + (p ?? 0), 0);
  const unsignedBase = base.reduce((s, b, i) => (signed[i] === undefined ? s + b : s), 0);
  const rest = Math.max(1 - signedMass, 0);
  const raw = signed.map((p, i) =>
    p !== undefined ? p : unsignedBase > 0 ? (rest * (base[i] ?? 0)) / unsignedBase : 0,
  );
  return withSlip(normalise(normalise(raw).map(clamp)), vocabulary.slip);
}

/** People sometimes press the wrong answer: each answer gets an even share of `slip`. */
const withSlip = (p: number[], slip: number): number[] =>
  p.map((x) => (1 - slip) * x + slip / p.length);
