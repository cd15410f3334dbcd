import type { Catalogue, Term } from '../catalogue/schema.ts';
import { SCREEN_CODE } from '../engine/types.ts';

/** Terms that make an answer evidence for a cause, strongest first. */
const POSITIVE: Term[] = ['always', 'usually', 'often'];

export type CauseSign = { question: string; answer: string; term: Term };

/** The answers (and codes) that point to a cause, from the catalogue's signs. */
export function pointsTo(catalogue: Catalogue, cause: string): CauseSign[] {
  const sign = catalogue.signs[cause];
  if (!sign) return [];
  const out: CauseSign[] = [];
  for (const [question, terms] of Object.entries(sign.answers))
    for (const [answer, term] of Object.entries(terms))
      if (POSITIVE.includes(term)) out.push({ question, answer, term });
  for (const [code, term] of Object.entries(sign.codes))
    if (POSITIVE.includes(term)) out.push({ question: SCREEN_CODE, answer: code, term });
  return out.sort((a, b) => POSITIVE.indexOf(a.term) - POSITIVE.indexOf(b.term));
}
