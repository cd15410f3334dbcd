import { describe, expect, it } from 'vitest';
import { casesFor, deviceHistory } from './device-history.ts';
import type { Outcome } from './outcomes-slice.ts';

const o = (id: string, cause: string | null): Outcome => ({
  id,
  family: 'f',
  cause,
  fix: null,
  questions: 3,
  minutes: 2,
  date: '2026-12-01',
});
const log = [o('k1', 'a'), o('k2', 'b'), o('k3', 'b'), o('k4', null), o('k5', 'b')];

describe('deviceHistory', () => {
  it('is nothing while the setting is off, however long the log', () => {
    expect(deviceHistory({ on: false, skip: [] }, log)).toBeUndefined();
  });

  it('counts confirmed causes; "none of these fits" confirms nothing', () => {
    expect(deviceHistory({ on: true, skip: [] }, log)).toEqual({ a: 1, b: 3 });
  });

  it('leaves out what a reset set aside, and the case being looked at', () => {
    expect(deviceHistory({ on: true, skip: ['k1', 'k2'] }, log, 'k5')).toEqual({ b: 1 });
    expect(deviceHistory({ on: true, skip: ['k1', 'k2', 'k3'] }, log, 'k5')).toBeUndefined();
  });

  it('counts one family by its causes', () => {
    expect(casesFor({ a: 1, b: 3, z: 9 }, ['a', 'b', 'other'])).toBe(4);
    expect(casesFor(undefined, ['a'])).toBe(0);
  });
});
