import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { diagnose } from './diagnose.ts';
import { explainCause } from './explain.ts';
import { familyModel } from './model.ts';
import { SCREEN_CODE } from './types.ts';

describe('fix plan', () => {
  it('orders fixes by chance of success per minute of effort', () => {
    const { fixes } = diagnose(tinyCatalogue(), { family: 'f', answers: {} });
    // fix-a: .72*.8 + .24*.2 = .624 over 5 min; fix-b: .24*.8 = .192 over 60 min
    expect(fixes.map((f) => f.fix)).toEqual(['fix-a', 'fix-b']);
    expect(fixes[0]?.chance).toBeCloseTo(0.624, 10);
    expect(fixes[0]?.causes).toEqual(['a', 'b']);
  });

  it('re-plans after a fix was tried and failed', () => {
    const cat = tinyCatalogue();
    const before = diagnose(cat, { family: 'f', answers: {} });
    const after = diagnose(cat, { family: 'f', answers: {}, failedFixes: ['fix-a'] });
    expect(after.fixes.map((f) => f.fix)).toEqual(['fix-b']);
    const pb = (d: typeof before) => d.causes.find((c) => c.id === 'b')!.probability;
    expect(pb(after)).toBeGreaterThan(pb(before));
    expect(after.fixes[0]!.chance).toBeGreaterThan(before.fixes[1]!.chance);
  });
});

describe('evidence', () => {
  it('weighs each answer for or against a cause in bits (hand-computed)', () => {
    const cat = tinyCatalogue();
    const m = familyModel(cat, 'f');
    const e = { family: 'f', answers: { q1: 'yes', [SCREEN_CODE]: '97' } };
    const forA = explainCause(m, e, 'a');
    // log2(.8 / ((.24*.2 + .04*.5) / .28)) = 1.71989
    expect(
      forA.find((w) => w.source.kind === 'answer' && w.source.question === 'q1')?.bits,
    ).toBeCloseTo(1.71989, 4);
    expect(
      forA.find((w) => w.source.kind === 'answer' && w.source.question === SCREEN_CODE)!.bits,
    ).toBeLessThan(0);
    expect(
      explainCause(m, e, 'b').find(
        (w) => w.source.kind === 'answer' && w.source.question === SCREEN_CODE,
      )!.bits,
    ).toBeGreaterThan(0);
    expect(explainCause(m, e, 'nope')).toEqual([]);
  });
});
