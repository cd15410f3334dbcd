import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { familyModel } from './model.ts';
import { expectedGain, nextStep, rankQuestions } from './next-question.ts';
import { posterior } from './posterior.ts';
import { SCREEN_CODE } from './types.ts';

describe('next question', () => {
  it('leaves out questions that tell no cause of the family apart', () => {
    const m = familyModel(tinyCatalogue(), 'f');
    expect(m.questions.map((q) => q.id)).toEqual(['q1', 'q2', SCREEN_CODE]);
    expect(m.questions[2]?.answers).toEqual(['97', '03', 'none']);
  });

  it('computes the expected information gain (hand-computed)', () => {
    const m = familyModel(tinyCatalogue(), 'f');
    const p = posterior(m, { family: 'f', answers: {} });
    // H(.72,.24,.04) = 1.02112 bits; expected entropy after q1 = 0.81486
    expect(expectedGain(m.questions[0]!.lik, p)).toBeCloseTo(0.206262, 5);
  });

  it('only offers a question whose condition holds', () => {
    const m = familyModel(tinyCatalogue(), 'f');
    const ask = (given: Record<string, string>) => {
      const answers = { [SCREEN_CODE]: 'dont-know', ...given };
      return rankQuestions(m, { family: 'f', answers }, posterior(m, { family: 'f', answers })).map(
        (r) => r.question,
      );
    };
    expect(ask({})).toEqual(['q1']);
    expect(ask({ q1: 'yes' })).toEqual([]);
    expect(ask({ q1: 'dont-know' })).toEqual([]);
    expect(ask({ q1: 'no' })).toEqual(['q2']);
  });

  it('asks, then stops with a reason the UI can override', () => {
    const cat = tinyCatalogue();
    const m = familyModel(cat, 'f');
    const step = (answers: Record<string, string>) => {
      const e = { family: 'f', answers };
      return nextStep(m, e, posterior(m, e));
    };
    expect(step({})).toMatchObject({ done: false, question: 'q1' });
    // a reaches .894 >= .85 after "yes"
    expect(step({ q1: 'yes' })).toMatchObject({ done: true, reason: 'confident' });
    // after "no", q2 is still worth asking
    expect(step({ q1: 'no' })).toMatchObject({ done: false, question: 'q2' });
    expect(step({ q1: 'no', q2: 'dont-know' })).toMatchObject({
      done: false,
      question: SCREEN_CODE,
    });
    expect(step({ q1: 'no', q2: 'dont-know', [SCREEN_CODE]: 'dont-know' })).toMatchObject({
      done: true,
      reason: 'exhausted',
    });
  });

  it('stops at the question budget', () => {
    const cat = tinyCatalogue();
    cat.vocabulary = { ...cat.vocabulary, budget: 1, confidence: 0.99 };
    const m = familyModel(cat, 'f');
    const e = { family: 'f', answers: { q1: 'no' } };
    expect(nextStep(m, e, posterior(m, e))).toMatchObject({
      done: true,
      reason: 'budget',
      best: { question: 'q2' },
    });
  });

  it('prefers a cheap question over a costly one of similar value', () => {
    const cat = tinyCatalogue();
    cat.vocabulary = { ...cat.vocabulary, effortWeight: 1 };
    cat.questions.push({ ...cat.questions[0]!, id: 'q1-costly', effort: 5 });
    cat.signs.a!.answers['q1-costly'] = { yes: 'always' };
    cat.signs.b!.answers['q1-costly'] = { yes: 'never' };
    const m = familyModel(cat, 'f');
    const p = posterior(m, { family: 'f', answers: {} });
    const ranked = rankQuestions(m, { family: 'f', answers: {} }, p);
    const costly = ranked.find((r) => r.question === 'q1-costly')!;
    const cheap = ranked.find((r) => r.question === 'q1')!;
    expect(costly.gainBits).toBeGreaterThan(cheap.gainBits);
    expect(ranked[0]?.question).toBe('q1');
  });
});

describe('stop rule with effort', () => {
  it('does not stop while a costly question is still worth asking', () => {
    const cat = tinyCatalogue();
    cat.vocabulary = { ...cat.vocabulary, effortWeight: 10, minGainBits: 0.1 };
    cat.questions[0] = { ...cat.questions[0]!, effort: 5 };
    cat.questions.push({ ...cat.questions[2]!, id: 'q-weak' });
    cat.signs.a!.answers['q-weak'] = { yes: 'often' };
    const m = familyModel(cat, 'f');
    const e = { family: 'f', answers: { [SCREEN_CODE]: 'dont-know' } };
    const p = posterior(m, e);
    const ranked = rankQuestions(m, e, p);
    expect(ranked[0]?.question).toBe('q-weak');
    expect(ranked[0]!.gainBits).toBeLessThan(0.1);
    expect(nextStep(m, e, p)).toMatchObject({ done: false, question: 'q1' });
  });
});
