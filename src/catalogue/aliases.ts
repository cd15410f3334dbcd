import { againId, againOf } from '../engine/again.ts';
import type { Aliases } from './schema.ts';

/*
 * Old ids and what they became (rules/aliases.json, issue 15). When questions that ask
 * one fact are merged into one, links, saved cases, case codes and scenarios written
 * before still name the old ids. They are read through this map before anything checks
 * them, so an old case opens with the new ids and nothing in it is reported as dropped.
 */

/**
 * One answer as the catalogue now names it: a renamed answer ("oldQ.oldA" listed in
 * `answers`), else the same answer under the question's new id. A "check again" id
 * (`q--again`) follows its question. Ids that were never renamed come back unchanged.
 */
export function renameAnswer(
  aliases: Aliases | undefined,
  question: string,
  answer: string,
): [question: string, answer: string] {
  if (!aliases) return [question, answer];
  const base = againOf(question);
  if (base !== undefined) {
    const [q, a] = renameAnswer(aliases, base, answer);
    return [againId(q), a];
  }
  const pair = aliases.answers[`${question}.${answer}`];
  if (pair) {
    const dot = pair.indexOf('.');
    return [pair.slice(0, dot), pair.slice(dot + 1)];
  }
  return [aliases.questions[question] ?? question, answer];
}

/** The observation an old observation id became; the same id when it was not renamed. */
export const renameObservation = (aliases: Aliases | undefined, id: string): string =>
  aliases?.observations[id] ?? id;

/** question -> answer, every pair read through the aliases; a later pair does not overwrite. */
export function renameAnswers(
  aliases: Aliases | undefined,
  answers: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [question, answer] of Object.entries(answers)) {
    const [q, a] = renameAnswer(aliases, question, answer);
    out[q] ??= a;
  }
  return out;
}
