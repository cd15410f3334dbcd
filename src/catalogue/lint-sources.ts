import type { Finding } from './lint-references.ts';
import type { Catalogue } from './schema.ts';

/**
 * Every response code names a public page that states its meaning (issue 15): a code's
 * meaning decides whether the clerk retries, calls or tells the customer it is the card.
 */
export function lintSources(cat: Catalogue): Finding[] {
  return cat.responseCodes
    .filter((r) => !r.sources?.length)
    .map((r) => ({
      rule: 'unsourced-code',
      where: `code ${r.code}`,
      message: 'names no source for its meaning',
    }));
}
