import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage, type CoverageItem } from '../scripts/seed-coverage.ts';
import { tinyCatalogue } from './fixtures/tiny-catalogue.ts';

/** Writes one coverage file for family "f" of the tiny catalogue and checks it. */
const check = (items: CoverageItem[], family = 'f') => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-'));
  mkdirSync(join(dir, 'coverage'));
  writeFileSync(join(dir, 'coverage', `${family}.json`), JSON.stringify({ seed: 's.txt', items }));
  return checkCoverage(dir, tinyCatalogue()).map((f) => f.message);
};

describe('seed coverage', () => {
  it('accepts causes of the family and fixes its causes list', () => {
    expect(check([{ kind: 'cause', seed: 'x', ids: ['a', 'fix-b'] }])).toEqual([]);
  });

  it('names an unknown id, an empty mapping and an id the family never reaches', () => {
    const cat = tinyCatalogue();
    expect(cat.fixes.some((f) => f.id === 'fix-c')).toBe(false);
    expect(
      check([
        { kind: 'fix', seed: 'gone', ids: ['fix-c'] },
        { kind: 'fix', seed: 'empty', ids: [] },
      ]),
    ).toEqual(['"gone" maps to unknown id "fix-c"', '"empty" maps to nothing']);
  });

  it("names an id outside the seed's family unless a note says why", () => {
    const item: CoverageItem = { kind: 'cause', seed: 'elsewhere', ids: ['a'] };
    expect(check([item], 'g')).toEqual(['"elsewhere" maps to "a", which g never reaches']);
    expect(check([{ ...item, note: 'a host reply; covered in f' }], 'g')).toEqual([]);
  });

  it('wants a note for out-of-scope advice, and accepts one', () => {
    expect(check([{ kind: 'fix', seed: 'policy', ids: [], scope: 'out-of-scope' }])).toEqual([
      '"policy" is out-of-scope without a note saying why',
    ]);
    expect(
      check([
        { kind: 'fix', seed: 'policy', ids: [], scope: 'out-of-scope', note: 'not at a counter' },
      ]),
    ).toEqual([]);
  });
});
