import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { diagnose } from '../src/engine/diagnose.ts';

type FieldCase = {
  id: string;
  situation: { zh: string; en: string };
  answers: Record<string, string>;
  expected: string;
  /** A known miss, with why: it must stay in the top 3, and there may be very few. */
  open?: string;
};

const catalogue = buildCatalogue(resolve('rules'));
const dir = resolve('tests/cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/**
 * Hand-written field cases: a situation first, then the answers a caller would give.
 * They test the knowledge in the catalogue; the bench tests the questioning policy.
 */
describe('field cases', () => {
  it('has few open cases (known misses)', () => {
    const open = files.flatMap(
      (f) =>
        (JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { cases: FieldCase[] }).cases.filter(
          (c) => c.open,
        ).length,
    );
    expect(open.reduce((s, n) => s + n, 0)).toBeLessThanOrEqual(1);
  });

  it('has at least 12 cases for every family', () => {
    for (const f of catalogue.families) {
      const file = JSON.parse(readFileSync(resolve(dir, `${f.id}.json`), 'utf8')) as {
        cases: FieldCase[];
      };
      expect(file.cases.length, f.id).toBeGreaterThanOrEqual(12);
    }
  });

  for (const file of files) {
    const { family, cases } = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as {
      family: string;
      cases: FieldCase[];
    };
    describe(family, () => {
      for (const c of cases)
        it(`${c.id}: ${c.situation.en}`, () => {
          const d = diagnose(catalogue, { family, answers: c.answers });
          expect(d.ignored, 'every answer is one the catalogue knows').toEqual([]);
          const ranked = d.causes.map((x) => x.id);
          expect(ranked.slice(0, 3), 'expected cause in the top 3').toContain(c.expected);
          if (!c.open) expect(ranked[0], 'expected cause first').toBe(c.expected);
        });
    });
  }
});
