import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { DONT_KNOW } from '../src/catalogue/schema.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { familyModel } from '../src/engine/model.ts';
import { SCREEN_CODE } from '../src/engine/types.ts';

const catalogue = buildCatalogue(resolve('rules'));
const families = catalogue.families.map((f) => f.id);
const RUNS = 10_000;
// 10 000 runs of the real engine take a few seconds on a 2-core machine.
const TIMEOUT = 120_000;

/** A family and a random sequence of (question, answer) picks, "don't know" included. */
const caseArb = fc
  .record({
    family: fc.constantFrom(...families),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    code: fc.option(fc.constantFrom(...catalogue.responseCodes.map((r) => r.code)), {
      nil: undefined,
    }),
  })
  .map(({ family, picks, code }) => {
    const model = familyModel(catalogue, family);
    const entries: [string, string][] = [];
    for (const [qi, ai] of picks) {
      const q = model.questions[qi % model.questions.length];
      if (!q || entries.some(([id]) => id === q.id)) continue;
      const options = [...q.answers, DONT_KNOW];
      entries.push([q.id, options[ai % options.length]!]);
    }
    return { family, entries, code };
  });

describe('engine on the real catalogue (property-based)', () => {
  it(
    'never throws; probabilities are finite and sum to 1; never re-asks',
    () => {
      fc.assert(
        fc.property(caseArb, ({ family, entries, code }) => {
          const d = diagnose(catalogue, {
            family,
            answers: { ...Object.fromEntries(entries), ...(code ? { [SCREEN_CODE]: code } : {}) },
          });
          const total = d.causes.reduce((s, c) => s + c.probability, 0);
          expect(d.causes.every((c) => Number.isFinite(c.probability) && c.probability > 0)).toBe(
            true,
          );
          expect(total).toBeCloseTo(1, 9);
          if (!d.next.done) expect(entries.map(([q]) => q)).not.toContain(d.next.question);
          expect(d.fixes.every((f) => f.chance > 0 && f.chance <= 1)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same result whatever order the answers came in',
    () => {
      fc.assert(
        fc.property(caseArb, fc.integer(), ({ family, entries }, seed) => {
          const turn = Math.abs(seed) % Math.max(entries.length, 1);
          const shuffled = [...entries.slice(turn), ...entries.slice(0, turn)].reverse();
          const a = diagnose(catalogue, { family, answers: Object.fromEntries(entries) });
          const b = diagnose(catalogue, { family, answers: Object.fromEntries(shuffled) });
          // Bit-for-bit equal, not merely close: sums run in catalogue order.
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '"don\'t know" changes nothing',
    () => {
      fc.assert(
        fc.property(caseArb, fc.nat(), ({ family, entries }, pick) => {
          const model = familyModel(catalogue, family);
          const free = model.questions.filter(
            (q) => !q.dontKnow && !entries.some(([id]) => id === q.id),
          );
          const q = free[pick % Math.max(free.length, 1)];
          if (!q) return;
          const before = diagnose(catalogue, { family, answers: Object.fromEntries(entries) });
          const after = diagnose(catalogue, {
            family,
            answers: { ...Object.fromEntries(entries), [q.id]: DONT_KNOW },
          });
          expect(JSON.stringify([after.causes, after.fixes])).toBe(
            JSON.stringify([before.causes, before.fixes]),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
