import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { decisiveEvidence, lintEvidence } from './lint-evidence.ts';

const hardQ2 = () => {
  const cat = tinyCatalogue();
  cat.questions = cat.questions.map((q) => (q.id === 'q2' ? { ...q, answerable: 'rarely' } : q));
  return cat;
};

/** q2 "yes" seldom (not never) for a: neither answer singles a cause out any more. */
const vagueA = () => {
  const cat = tinyCatalogue();
  cat.signs = {
    ...cat.signs,
    a: { answers: { q1: { yes: 'usually' }, q2: { yes: 'seldom' } }, codes: {} },
  };
  return cat;
};

describe('decisive evidence per cause', () => {
  it('finds each cause its strongest knowable fact', () => {
    const found = decisiveEvidence(tinyCatalogue());
    const of = (cause: string) => found.find((d) => d.cause === cause)!;
    // q2 is always "yes" for b and never for a: decisive both ways.
    expect(of('b').answer).toBe('q2=yes');
    // b .95 against the mix of a (.72 × .05) and other (.04 × .5), weighed .76
    expect(of('b').ratio).toBeCloseTo(0.95 / ((0.72 * 0.05 + 0.04 * 0.5) / 0.76), 6);
    expect(of('a').answer).toBe('q2=no');
    expect(found.some((d) => d.cause === 'other')).toBe(false);
    expect(lintEvidence(tinyCatalogue())).toEqual([]);
  });

  it('flags a cause whose strongest fact is under 8', () => {
    const a = decisiveEvidence(vagueA()).find((d) => d.cause === 'a');
    // .65 for a against b (.24 × .05) and other (.04 × .5), weighed .28
    expect(a?.ratio).toBeCloseTo(0.65 / ((0.24 * 0.05 + 0.04 * 0.5) / 0.28), 6);
    // Seldom "yes" for a also blurs b's fact: both are flagged, weakest first.
    expect(lintEvidence(vagueA()).map((f) => f.where)).toEqual(['cause f/b', 'cause f/a']);
  });

  it('counts a hard question only when a story can tell it', () => {
    // q2 is seldom answerable, but the observation "dropped" implies q2 = yes.
    expect(decisiveEvidence(hardQ2()).find((d) => d.cause === 'b')?.answer).toBe('q2=yes');
    const untold = { ...hardQ2(), observations: [] };
    expect(decisiveEvidence(untold).find((d) => d.cause === 'b')?.answer).not.toBe('q2=yes');
  });
});
