import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import * as engine from '../engine/diagnose.ts';
import { diagnoseCached } from './diagnosis-cache.ts';

// Every export a spy that calls the real engine.
vi.mock(import('../engine/diagnose.ts'), { spy: true });
const diagnose = vi.mocked(engine.diagnose);

describe('remembered diagnoses', () => {
  beforeEach(() => {
    diagnose.mockClear();
  });

  it('gives what diagnose gives, once per evidence whatever the order of its answers', () => {
    const cat = tinyCatalogue();
    const first = diagnoseCached(cat, { family: 'f', answers: { q1: 'no', q2: 'yes' } });
    const again = diagnoseCached(cat, { family: 'f', answers: { q2: 'yes', q1: 'no' } });
    expect(again).toBe(first);
    expect(first).toEqual(engine.diagnose(cat, { family: 'f', answers: { q1: 'no', q2: 'yes' } }));
    expect(diagnoseCached(cat, { family: 'f', answers: { q1: 'yes' } })).not.toEqual(first);
    expect(diagnose).toHaveBeenCalledTimes(3); // two distinct cases, and the check above
  });

  it('keeps only the last few, so a long session does not grow without end', () => {
    const cat = tinyCatalogue();
    const evidence = (i: number) => ({
      family: 'f',
      answers: { q1: 'no' },
      failedFixes: [`x${i}`],
    });
    for (let i = 0; i < 60; i++) diagnoseCached(cat, evidence(i));
    diagnose.mockClear();
    diagnoseCached(cat, evidence(59));
    expect(diagnose).not.toHaveBeenCalled();
    diagnoseCached(cat, evidence(0));
    expect(diagnose).toHaveBeenCalledTimes(1);
  });
});
