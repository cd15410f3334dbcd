import type { Catalogue } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import { SCREEN_CODE } from '../engine/types.ts';
import { storyIndex } from './story-index.ts';

/**
 * The answers that confirmed observations (and a code) give in one family: questions the
 * family does not ask are left out. Observations are merged in order; a later one does
 * not overwrite an earlier answer.
 */
export function storyAnswers(
  catalogue: Catalogue,
  family: string,
  observations: readonly string[],
  code?: string,
): Record<string, string> {
  const model = familyModel(catalogue, family);
  const index = storyIndex(catalogue);
  const out: Record<string, string> = {};
  const take = (q: string, a: string) => {
    if (out[q] !== undefined) return;
    if (model.questionById.get(q)?.answers.includes(a)) out[q] = a;
  };
  if (code) take(SCREEN_CODE, code);
  for (const id of observations)
    for (const [q, a] of Object.entries(index.byId.get(id)?.observation.implies ?? {})) take(q, a);
  return out;
}
