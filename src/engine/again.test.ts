import { describe, expect, it } from 'vitest';
import { idSchema } from '../catalogue/schema.ts';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { againId, againLikelihoods, againOf } from './again.ts';
import { familyModel } from './model.ts';
import { rankQuestions } from './next-question.ts';
import { posterior } from './posterior.ts';
import { SCREEN_CODE } from './types.ts';

/** The tiny catalogue, but people slip: one answer in ten is pressed at random. */
function slipping() {
  const cat = tinyCatalogue();
  return { ...cat, vocabulary: { ...cat.vocabulary, slip: 0.1 } };
}
const pA = (answers: Record<string, string>) => {
  const cat = slipping();
  return posterior(familyModel(cat, 'f'), { family: 'f', answers })[0]!;
};

describe('check again', () => {
  it('names a second reading so that it can never clash with a catalogue id', () => {
    expect(againOf(againId('signal-bars'))).toBe('signal-bars');
    expect(againOf('signal-bars')).toBeUndefined();
    expect(idSchema.safeParse(againId('signal-bars')).success).toBe(false);
  });

  it('gives a proper distribution of the second reading for every first reading and cause', () => {
    const table = againLikelihoods(
      [
        [0.9, 0.2, 0.5],
        [0.1, 0.8, 0.5],
      ],
      0.1,
    )!;
    for (const rows of table)
      for (let c = 0; c < 3; c++) expect(rows[0]![c]! + rows[1]![c]!).toBeCloseTo(1, 12);
    // With no slip there is nothing a second look could add.
    expect(againLikelihoods([[1], [0]], 0)).toBeNull();
  });

  it('is offered only once the first reading is a real answer, and never for the code', () => {
    const cat = slipping();
    const m = familyModel(cat, 'f');
    const offered = (answers: Record<string, string>) =>
      rankQuestions(m, { family: 'f', answers }, posterior(m, { family: 'f', answers })).map(
        (r) => r.question,
      );
    expect(offered({ [SCREEN_CODE]: 'dont-know' })).toEqual(['q1']);
    expect(offered({ [SCREEN_CODE]: '97', q1: 'dont-know' })).not.toContain(againId('q1'));
    expect(offered({ [SCREEN_CODE]: '97', q1: 'yes' })).toContain(againId('q1'));
    expect(offered({ [SCREEN_CODE]: '97' })).not.toContain(againId(SCREEN_CODE));
  });

  it('firms up a confirmed reading and cancels a contradicted one', () => {
    const prior = pA({});
    const once = pA({ q1: 'yes' });
    const confirmed = pA({ q1: 'yes', [againId('q1')]: 'yes' });
    const contradicted = pA({ q1: 'yes', [againId('q1')]: 'no' });
    expect(once).toBeGreaterThan(prior);
    expect(confirmed).toBeGreaterThan(once);
    // On a yes/no question, two readings that disagree are each as likely a slip.
    expect(contradicted).toBeCloseTo(prior, 12);
    expect(pA({ q1: 'no' })).toBeLessThan(prior);
  });

  it('counts the second reading alone when the first is withdrawn, so no answer is lost', () => {
    expect(pA({ q1: 'dont-know', [againId('q1')]: 'yes' })).toBeCloseTo(pA({ q1: 'yes' }), 12);
    expect(pA({ [againId('q1')]: 'no' })).toBeCloseTo(pA({ q1: 'no' }), 12);
  });
});
