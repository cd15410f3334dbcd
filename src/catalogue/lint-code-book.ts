import { familyLists, newIds } from './code-book.ts';
import type { Finding } from './lint-references.ts';
import type { Catalogue } from './schema.ts';

const RUN = 'run npm run rules:codebook';

/**
 * Every id a case can hold must be in the code book (decision 0014): a case with an id
 * the book lacks could not be given a code. The fix is always the same script, which
 * appends the id; the book is never edited by hand.
 */
export function lintCodeBook(cat: Catalogue): Finding[] {
  const book = cat.codeBook;
  if (!book) return [{ rule: 'code-book', where: 'code-book.json', message: `missing: ${RUN}` }];
  const out: Finding[] = [];
  for (const { id } of cat.families) {
    const lacking = newIds(book.families[id], familyLists(cat, id));
    const missing = (what: string) =>
      out.push({
        rule: 'code-book',
        where: `family ${id}`,
        message: `${what} not in the code book: ${RUN}`,
      });
    lacking.questions.forEach((q) => missing(`question "${q}"`));
    for (const [q, answers] of Object.entries(lacking.answers))
      answers.forEach((a) => missing(`answer "${q}=${a}"`));
    lacking.fixes.forEach((f) => missing(`fix "${f}"`));
  }
  return out;
}
