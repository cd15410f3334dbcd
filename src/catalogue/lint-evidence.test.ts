import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { decisiveEvidence, lintEvidence } from './lint-evidence.ts';

const hardQ2 = () => {
  const cat = tinyCatalogue();
  cat.questions = cat.questions.map((q) => (q.id === 'q2' ? { ...q, answerable: 'rarely' } : q));
  return cat;
};

/** q1 "yes" always for a and never for b: a fact that singles a out on its own. */
const sharpA = () => {
  const cat = tinyCatalogue();
  cat.signs = {
    ...cat.signs,
    a: { answers: { q1: { yes: 'always' }, q2: { yes: 'never' } }, codes: {} },
    b: { ...cat.signs.b!, answers: { q1: { yes: 'never' }, q2: { yes: 'always' } } },
  };
  return cat;
};

describe('decisive evidence per cause', () => {
  it('finds each cause its strongest knowable fact', () => {
    const found = decisiveEvidence(tinyCatalogue());
    const of = (cause: string) => found.find((d) => d.cause === cause)!;
    // q2 is always "yes" for b and never for a, but asked only after q1 = no: its fact is
    // the pair, b .8 × .95 against a (.72 × .2 × .05) and other (.04 × .5 × .5), weighed .76.
    expect(of('b').answer).toBe('q2=yes');
    expect(of('b').ratio).toBeCloseTo(
      (0.8 * 0.95) / ((0.72 * 0.2 * 0.05 + 0.04 * 0.5 * 0.5) / 0.76),
      6,
    );
    // q2 = no comes only after q1 = no, which points away from a: a's best is q1 = yes,
    // .8 against b (.24 × .2) and other (.04 × .5), weighed .28.
    expect(of('a').answer).toBe('q1=yes');
    expect(of('a').ratio).toBeCloseTo(0.8 / ((0.24 * 0.2 + 0.04 * 0.5) / 0.28), 6);
    expect(found.some((d) => d.cause === 'other')).toBe(false);
  });

  it('flags a cause whose strongest fact is under 8', () => {
    // "usually" against "rarely" is a lean, not a fact that singles a out.
    expect(lintEvidence(tinyCatalogue())).toEqual([
      {
        rule: 'no-decisive-evidence',
        where: 'cause f/a',
        message: 'strongest knowable fact q1=yes has ratio 3.3, under 8',
      },
    ]);
    // always against never is: .95 against b (.24 × .05) and other (.04 × .5), weighed .28.
    const a = decisiveEvidence(sharpA()).find((d) => d.cause === 'a');
    expect(a?.ratio).toBeCloseTo(0.95 / ((0.24 * 0.05 + 0.04 * 0.5) / 0.28), 6);
    expect(lintEvidence(sharpA())).toEqual([]);
  });

  it('counts a hard question only when a story can tell it', () => {
    // q2 is seldom answerable, but the observation "dropped" implies q2 = yes.
    expect(decisiveEvidence(hardQ2()).find((d) => d.cause === 'b')?.answer).toBe('q2=yes');
    const untold = { ...hardQ2(), observations: [] };
    expect(decisiveEvidence(untold).find((d) => d.cause === 'b')?.answer).not.toBe('q2=yes');
  });

  it('counts a follow-up only when its condition can be known', () => {
    const cat = tinyCatalogue();
    cat.questions = cat.questions.map((q) => (q.id === 'q1' ? { ...q, answerable: 'rarely' } : q));
    // No story tells q1 = no (the condition of q2), and q1 is rarely answerable.
    const untold = { ...cat, observations: cat.observations.filter((o) => o.implies.q1 !== 'no') };
    expect(decisiveEvidence(untold).find((d) => d.cause === 'b')?.answer).not.toBe('q2=yes');
  });

  it('weighs an observation that settles two questions as one fact, its answers together', () => {
    // q3 leans like q1 (a usually, b rarely): each alone is a lean under 8.
    const cat = tinyCatalogue();
    cat.questions = [...cat.questions, { ...cat.questions[0]!, id: 'q3' }];
    for (const c of ['a', 'b'] as const)
      cat.signs[c] = {
        ...cat.signs[c]!,
        answers: { ...cat.signs[c]!.answers, q3: cat.signs[c]!.answers.q1! },
      };
    expect(lintEvidence(cat).map((f) => f.where)).toEqual(['cause f/a']);
    // "Both" in one breath: a .8 × .8 against b (.24 × .2 × .2) and other (.04 × .5 × .5), weighed .28.
    cat.observations = [
      ...cat.observations,
      { ...cat.observations[0]!, id: 'obs-both', implies: { q1: 'yes', q3: 'yes' } },
    ];
    const a = decisiveEvidence(cat).find((d) => d.cause === 'a');
    expect(a?.answer).toBe('obs-both (story)');
    expect(a?.ratio).toBeCloseTo(0.64 / ((0.24 * 0.04 + 0.04 * 0.25) / 0.28), 6);
    expect(lintEvidence(cat)).toEqual([]);
  });
});
