import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { DONT_KNOW } from '../src/catalogue/schema.ts';
import { planCost } from '../src/engine/call-point.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { familyModel } from '../src/engine/model.ts';
import { posterior } from '../src/engine/posterior.ts';

/*
 * The fix offered inside the flow (issue 14): what it may never do, on the real
 * catalogue, for random cases with random fixes already tried.
 */
const catalogue = buildCatalogue(resolve('rules'));
const families = catalogue.families.map((f) => f.id);
const RUNS = 1500;
const TIMEOUT = 120_000;

const caseArb = fc
  .record({
    family: fc.constantFrom(...families),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
    tried: fc.array(fc.nat(), { maxLength: 4 }),
    shuffle: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ family, picks, tried, shuffle }) => {
    const model = familyModel(catalogue, family);
    const entries: [string, string][] = [];
    for (const [qi, ai] of picks) {
      const q = model.questions.filter((x) => !x.again)[qi % model.questions.length];
      if (!q || entries.some(([id]) => id === q.id)) continue;
      const options = [...q.answers, DONT_KNOW];
      entries.push([q.id, options[ai % options.length]!]);
    }
    const fixes = [...model.fixChance.keys()];
    const failedFixes = [...new Set(tried.map((i) => fixes[i % fixes.length]!))];
    const reordered = [...entries].sort(
      (a, b) => (shuffle[entries.indexOf(a) % 12] ?? 0) - (shuffle[entries.indexOf(b) % 12] ?? 0),
    );
    return { family, entries, reordered, failedFixes };
  });

describe('the fix offered in the flow (property-based)', () => {
  it(
    'is never one that cannot fix any cause still above 1 %, nor one already tried',
    () => {
      fc.assert(
        fc.property(caseArb, ({ family, entries, failedFixes }) => {
          const model = familyModel(catalogue, family);
          const d = diagnose(catalogue, {
            family,
            answers: Object.fromEntries(entries),
            failedFixes,
          });
          if (!d.act) return;
          expect(failedFixes).not.toContain(d.act.fix);
          for (const f of d.fixes) expect(failedFixes).not.toContain(f.fix);
          const chance = model.fixChance.get(d.act.fix)!;
          const live = d.causes.filter((c) => c.probability > 0.01);
          // The charge check is a safety step and may be offered for any risk at all.
          if (d.act.fix !== model.chargeCheck)
            expect(live.some((c) => (chance[model.causes.indexOf(c.id)] ?? 0) > 0)).toBe(true);
        }),
        { numRuns: RUNS, seed: 20261205 },
      );
    },
    TIMEOUT,
  );

  it(
    'does not depend on the order the answers were given in',
    () => {
      fc.assert(
        fc.property(caseArb, ({ family, entries, reordered, failedFixes }) => {
          const a = diagnose(catalogue, {
            family,
            answers: Object.fromEntries(entries),
            failedFixes,
          });
          const b = diagnose(catalogue, {
            family,
            answers: Object.fromEntries(reordered),
            failedFixes: [...failedFixes].reverse(),
          });
          expect(b.act?.fix).toBe(a.act?.fix);
          expect(b.next).toEqual(a.next);
          expect(b.causes.map((c) => c.id)).toEqual(a.causes.map((c) => c.id));
        }),
        { numRuns: RUNS, seed: 20261206 },
      );
    },
    TIMEOUT,
  );

  it(
    'calls the acquirer at the point that costs least, and offers no fix past it',
    () => {
      fc.assert(
        fc.property(caseArb, ({ family, entries, failedFixes }) => {
          const model = familyModel(catalogue, family);
          const evidence = { family, answers: Object.fromEntries(entries), failedFixes };
          const d = diagnose(catalogue, evidence);
          const p = posterior(model, evidence);
          // A pending check for a double charge comes before any call.
          const pinned = d.fixes[0]?.fix === model.chargeCheck && d.chargeCheckPending ? 1 : 0;
          const best = planCost(model, d.fixes, p, failedFixes, pinned);
          expect(d.callAfter).toBe(best.callAfter);
          expect(d.callAfter).toBeLessThanOrEqual(d.fixes.length);
          expect(d.callAfter).toBeGreaterThanOrEqual(pinned);
          // Every other point to call at costs at least as much.
          for (let k = pinned; k <= d.fixes.length; k++)
            expect(
              planCost(model, d.fixes.slice(0, k), p, failedFixes, pinned).minutes,
            ).toBeGreaterThanOrEqual(best.minutes - 1e-6);
          // Once calling is cheapest, only the charge check may still come first.
          if (d.callAfter === 0 && d.act) expect(d.act.fix).toBe(model.chargeCheck);
        }),
        { numRuns: 500, seed: 20261207 },
      );
    },
    TIMEOUT,
  );
});
