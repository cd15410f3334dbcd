import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { lintSources } from './lint-sources.ts';

describe('sources for response codes', () => {
  it('names each code without a source', () => {
    const cat = tinyCatalogue();
    expect(lintSources(cat)).toEqual([]);
    cat.responseCodes[1] = { ...cat.responseCodes[1]!, sources: [] };
    expect(lintSources(cat)).toEqual([
      { rule: 'unsourced-code', where: 'code 03', message: 'names no source for its meaning' },
    ]);
  });
});
