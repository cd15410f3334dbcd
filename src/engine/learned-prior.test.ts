import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { diagnose } from './diagnose.ts';
import { historyCases } from './learned-prior.ts';
import { familyModel } from './model.ts';

const prior = (history?: Record<string, number>) =>
  Object.fromEntries(
    diagnose(tinyCatalogue(), { family: 'f', answers: {}, history }).causes.map((c) => [
      c.id,
      c.probability,
    ]),
  );

describe("a device's history as a prior (opt-in)", () => {
  it('adds confirmed outcomes to the catalogue prior as pseudo-counts', () => {
    // a .72, b .24, other .04 as 20 cases, plus 20 outcomes of b: (20·.24 + 20) / 40
    const p = prior({ b: 20 });
    expect(p.b).toBeCloseTo(0.62, 10);
    expect(p.a).toBeCloseTo(0.36, 10);
    expect(p.other).toBeCloseTo(0.02, 10);
  });

  it('caps the weight of a long history: no catalogue cause is silenced', () => {
    // 400 outcomes of b count as 40: a keeps 20·.72 / 60, a third of its share
    const p = prior({ b: 400 });
    expect(p.a).toBeCloseTo((20 * 0.72) / 60, 10);
    expect(p.b).toBeCloseTo((20 * 0.24 + 40) / 60, 10);
  });

  it('changes nothing without outcomes of this family, and counts only its causes', () => {
    const base = prior();
    expect(prior({})).toEqual(base);
    expect(prior({ 'no-such-cause': 50 })).toEqual(base);
    expect(historyCases(familyModel(tinyCatalogue(), 'f'), { a: 2, b: 3, x: 9 })).toBe(5);
  });
});
