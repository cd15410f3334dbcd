import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { familyModel } from '../engine/model.ts';
import { tryFixes } from './fix-trials.ts';

// Causes a (index 0), b (1), other (2). fix-a: 5 min, resolves a usually, b rarely;
// fix-b: 60 min, resolves b usually. With no answers the plan starts with fix-a.
const model = familyModel(tinyCatalogue(), 'f');
const evidence = { family: 'f', answers: {} };
const always = (x: number) => () => x;

describe('tryFixes', () => {
  it('stops at the first fix that works', () => {
    expect(tryFixes(model, evidence, 0, always(0.5))).toEqual({
      resolved: true,
      firstResolved: true,
      tried: 1,
    });
  });

  it('re-plans after a failure', () => {
    // fix-a resolves b with 0.2: a draw of 0.5 fails, so fix-b (0.8) comes next.
    expect(tryFixes(model, evidence, 1, always(0.5))).toEqual({
      resolved: true,
      firstResolved: false,
      tried: 2,
    });
  });

  it('ends unresolved when the plan runs out (a fault outside the catalogue)', () => {
    expect(tryFixes(model, evidence, 2, always(0))).toEqual({
      resolved: false,
      firstResolved: false,
      tried: 2,
    });
  });

  it('with the cause known, plans for that cause alone', () => {
    // Nothing in the catalogue fixes "other": knowing that, nothing is worth trying.
    expect(tryFixes(model, evidence, 2, always(0), true)).toMatchObject({
      resolved: false,
      tried: 0,
    });
  });
});
