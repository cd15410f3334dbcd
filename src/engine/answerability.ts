import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Question, Source, Vocabulary } from '../catalogue/schema.ts';
import type { CompiledQuestion } from './compiled-question.ts';

/** Where an answer comes from, when the catalogue does not say: from the question's effort. */
const SOURCE_BY_EFFORT: Record<number, Source> = {
  1: 'terminal',
  2: 'test',
  3: 'test',
  4: 'hotline',
  5: 'agent',
};
/** How often a caller can answer, when the catalogue does not say: harder is rarer. */
const ANSWERABLE_BY_EFFORT = {
  1: 'usually',
  2: 'often',
  3: 'often',
  4: 'seldom',
  5: 'rarely',
} as const;
/** Readings worth a second look, when the catalogue does not say. */
const READINGS: readonly Source[] = ['terminal', 'test'];

/** A question's source, answerability and whether it may be re-read, with the defaults. */
export function questionAccess(question: Question, vocabulary: Vocabulary) {
  const source = question.source ?? SOURCE_BY_EFFORT[question.effort] ?? 'test';
  const term =
    question.answerable ??
    ANSWERABLE_BY_EFFORT[question.effort as keyof typeof ANSWERABLE_BY_EFFORT] ??
    'often';
  return {
    source,
    answerable: vocabulary.terms[term],
    reread: question.reread ?? READINGS.includes(source),
  };
}

/** A question is never written off entirely: people surprise. */
const FLOOR = 0.05;
/**
 * How far one answer of a source speaks for the others: 0 not at all, 1 fully (one
 * readiness per source). Half-way: a caller who could not read the code may still read
 * the signal bars, but one who has not called the hotline will not know its other answers.
 */
const TIE_WITHIN_SOURCE = 0.6;

/**
 * P(the caller can answer q now), given what they could and could not answer of the
 * same source. Partly one readiness per source and case: a caller answers a question of
 * that source when their readiness is below its answerability. A "don't know" on a question
 * of answerability u says the readiness is at least u; an answer says it is below u. So
 * after a hotline question went unanswered, the other hotline questions are nearly
 * written off, and after one was answered (the call was made), the rest are likely.
 */
export function answerableNow(
  q: CompiledQuestion,
  sameSource: readonly CompiledQuestion[],
  answers: Readonly<Record<string, string>>,
): number {
  let lo = 0;
  let hi = 1;
  for (const other of sameSource) {
    if (other === q || other.again) continue;
    const given = answers[other.id];
    if (given === undefined) continue;
    if (given === DONT_KNOW) lo = Math.max(lo, other.answerable);
    else hi = Math.min(hi, other.answerable);
  }
  const shared =
    hi <= lo ? q.answerable * 0.5 : Math.min(1, Math.max(0, (q.answerable - lo) / (hi - lo)));
  return Math.max(FLOOR, (1 - TIE_WITHIN_SOURCE) * q.answerable + TIE_WITHIN_SOURCE * shared);
}
