import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { familyModel } from './model.ts';
import { posterior, rankCauses, unusedEvidence } from './posterior.ts';
import { SCREEN_CODE } from './types.ts';

const model = () => familyModel(tinyCatalogue(), 'f');

describe('posterior', () => {
  it('is the normalised prior before any answer, with "other" last', () => {
    const m = model();
    expect(m.causes).toEqual(['a', 'b', 'other']);
    const p = posterior(m, { family: 'f', answers: {} });
    expect(p[0]).toBeCloseTo(0.72, 10);
    expect(p[1]).toBeCloseTo(0.24, 10);
    expect(p[2]).toBeCloseTo(0.04, 10);
  });

  it('applies Bayes rule to an answer (hand-computed)', () => {
    // a: .72*.8 = .576, b: .24*.2 = .048, other: .04*.5 = .02; total .644
    const p = posterior(model(), { family: 'f', answers: { q1: 'yes' } });
    expect(p[0]).toBeCloseTo(0.576 / 0.644, 10);
    expect(p[1]).toBeCloseTo(0.048 / 0.644, 10);
    expect(p[2]).toBeCloseTo(0.02 / 0.644, 10);
  });

  it('leaves the picture unchanged for "don\'t know"', () => {
    const before = posterior(model(), { family: 'f', answers: {} });
    const after = posterior(model(), { family: 'f', answers: { q1: 'dont-know' } });
    after.forEach((x, i) => expect(x).toBeCloseTo(before[i] ?? NaN, 12));
  });

  it('never eliminates a cause, however much evidence is against it', () => {
    const p = posterior(model(), { family: 'f', answers: { q1: 'no', q2: 'yes' } });
    expect(Math.min(...p)).toBeGreaterThan(0);
    // a signed "never" on q2=yes: .72 * .2 * .05 vs b .24 * .8 * .95
    expect(p[0]! / p[1]!).toBeCloseTo((0.72 * 0.2 * 0.05) / (0.24 * 0.8 * 0.95), 10);
  });

  it('takes a response code as the answer to the screen-code question', () => {
    const p = posterior(model(), { family: 'f', answers: { [SCREEN_CODE]: '97' } });
    // b signs 97 "usually": codes show 70% of the time, 97 .8 of those -> .56.
    // a and other sign no code: the two codes share a stray .2 -> .1 each.
    const total = 0.72 * 0.1 + 0.24 * 0.56 + 0.04 * 0.1;
    expect(p[1]).toBeCloseTo((0.24 * 0.56) / total, 10);
    // "No code shown" (.3 for b, .8 for a) points away from the cause that returns a code.
    const none = posterior(model(), { family: 'f', answers: { [SCREEN_CODE]: 'none' } });
    expect(none[1]).toBeCloseTo((0.24 * 0.3) / (0.72 * 0.8 + 0.24 * 0.3 + 0.04 * 0.8), 10);
    expect(
      posterior(model(), { family: 'f', answers: { [SCREEN_CODE]: 'dont-know' } })[1],
    ).toBeCloseTo(0.24, 10);
  });

  it('takes a failed fix as evidence against the causes it should have fixed', () => {
    const p = posterior(model(), { family: 'f', answers: {}, failedFixes: ['fix-a'] });
    // a: .72 * (1 - .8), b: .24 * (1 - .2), other: .04 * .98 (clamped)
    const total = 0.72 * 0.2 + 0.24 * 0.8 + 0.04 * 0.98;
    expect(p[0]).toBeCloseTo((0.72 * 0.2) / total, 10);
  });

  it('takes a fix that worked as evidence for the causes it works for', () => {
    const p = posterior(model(), { family: 'f', answers: {}, workedFix: 'fix-b' });
    // fix-b works for b (usually); a and other are not listed and keep the clamp floor
    const chance = model().fixChance.get('fix-b')!;
    const raw = [0.72, 0.24, 0.04].map(
      (prior, c) => prior * Math.min(0.98, Math.max(0.02, chance[c]!)),
    );
    const total = raw.reduce((s, x) => s + x, 0);
    expect(p[1]).toBeCloseTo(raw[1]! / total, 10);
    expect(p[1]).toBeGreaterThan(p[0]!);
    // A fix the family does not know changes nothing.
    expect(posterior(model(), { family: 'f', answers: {}, workedFix: 'nope' })[1]).toBeCloseTo(
      0.24,
      10,
    );
  });

  it('ranks causes by probability and reports evidence it cannot use', () => {
    const m = model();
    const evidence = { family: 'f', answers: { q1: 'no', q2: 'yes', nope: 'yes', q1x: 'maybe' } };
    expect(rankCauses(m, posterior(m, evidence))[0]?.id).toBe('b');
    expect(unusedEvidence(m, evidence)).toEqual(['nope', 'q1x']);
    expect(unusedEvidence(m, { family: 'f', answers: { q1: 'perhaps' } })).toEqual(['q1']);
  });
});

describe('slip and family-only questions', () => {
  it('mixes an even share into every answer for the chance of a wrong press', () => {
    const cat = tinyCatalogue();
    cat.vocabulary = { ...cat.vocabulary, slip: 0.1 };
    const q1 = familyModel(cat, 'f').questions[0]!;
    // a: yes .8 -> .9*.8 + .1/2 = .77; b: yes .2 -> .23; unsigned "other" stays .5
    expect(q1.lik[0]).toEqual([
      expect.closeTo(0.77, 10),
      expect.closeTo(0.23, 10),
      expect.closeTo(0.5, 10),
    ]);
  });

  it('asks a question only in the families it names', () => {
    const cat = tinyCatalogue();
    cat.questions[0]!.families = ['g'];
    expect(familyModel(cat, 'f').questions.map((q) => q.id)).not.toContain('q1');
  });
});
