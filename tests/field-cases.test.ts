import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyReading } from '../scripts/bench/story.ts';
import { readFieldCases } from '../scripts/field-cases.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { diagnose } from '../src/engine/diagnose.ts';

const catalogue = buildCatalogue(resolve('rules'));
const files = readFieldCases();

/**
 * Hand-written field cases: a situation first, then the answers a caller would give.
 * They test the knowledge in the catalogue; the bench tests the questioning policy.
 */
describe('field cases', () => {
  it('has few open cases (known misses)', () => {
    const open = files.flatMap((f) => f.cases.filter((c) => c.open));
    expect(open.length).toBeLessThanOrEqual(1);
  });

  it('has at least 12 cases with a story for every family', () => {
    for (const f of catalogue.families) {
      const file = files.find((x) => x.family === f.id);
      expect(file?.cases.filter((c) => c.story).length, f.id).toBeGreaterThanOrEqual(12);
    }
  });

  for (const { family, cases } of files)
    describe(family, () => {
      for (const c of cases) {
        it(`${c.id}: ${c.situation.en}`, () => {
          const d = diagnose(catalogue, { family, answers: c.answers });
          expect(d.ignored, 'every answer is one the catalogue knows').toEqual([]);
          const ranked = d.causes.map((x) => x.id);
          expect(ranked.slice(0, 3), 'expected cause in the top 3').toContain(c.expected);
          if (!c.open) expect(ranked[0], 'expected cause first').toBe(c.expected);
        });
        if (c.story)
          it(`${c.id}: the story box hears its facts from the zh story, and none it denies`, () => {
            const r = storyReading(catalogue, family, c);
            expect(r.wrong, 'facts ticked against the story').toEqual([]);
            expect(r.recall, `missed ${r.missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
          });
      }
    });
});
