import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { demonstrate } from './demonstrate.ts';

describe('demonstrate', () => {
  it('plays the engine step by step with the scenario caller answering', () => {
    const cat = tinyCatalogue();
    const steps = demonstrate(cat, cat.scenarios[0]!);
    expect(steps.map((s) => `${s.question}=${s.answer}`)).toEqual(['q1=no', 'q2=yes']);
    expect(steps[0]!.gainBits).toBeCloseTo(0.206262, 5);
    expect(steps[0]!.before[0]?.id).toBe('a');
    expect(steps.at(-1)!.after[0]?.id).toBe('b');
  });

  it('answers "don\'t know" where the scenario is silent', () => {
    const cat = tinyCatalogue();
    const steps = demonstrate(cat, { ...cat.scenarios[0]!, answers: {} });
    expect(steps.every((s) => s.answer === 'dont-know')).toBe(true);
    expect(steps.at(-1)!.after).toEqual(steps[0]!.before);
  });

  it('has the scenario caller answer a "check again" as they did the first time', () => {
    const cat = tinyCatalogue();
    const slipping = {
      ...cat,
      vocabulary: { ...cat.vocabulary, slip: 0.1, confidence: 0.95, minGainBits: 0.01 },
    };
    // The code points to b, the caller's "yes" to a: the engine asks for a second look.
    const scenario = { ...cat.scenarios[0]!, answers: { 'screen-code': '97', q1: 'yes' } };
    const steps = demonstrate(slipping, scenario).map((s) => `${s.question}=${s.answer}`);
    expect(steps).toContain('q1--again=yes');
    expect(steps.indexOf('q1--again=yes')).toBeGreaterThan(steps.indexOf('q1=yes'));
  });
});
