import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import {
  causeFixedBy,
  confirmedCauses,
  localDate,
  outcomeOf,
  useRecordOutcome,
} from './record-outcome.ts';
import { STORAGE_KEY, useAppStore } from './store.ts';

const facts = {
  caseId: 'k3x9',
  family: 'no-route',
  cause: 'acquirer-route',
  fix: 'reload-params',
  questions: 5,
  startedAt: new Date(2026, 10, 21, 9, 0, 0).getTime(),
};

describe('outcomeOf', () => {
  it('counts minutes from the start, to one decimal', () => {
    const at = (s: number) => new Date(facts.startedAt + s * 1000);
    expect(outcomeOf(facts, at(95)).minutes).toBe(1.6);
    expect(outcomeOf(facts, at(182)).minutes).toBe(3);
    expect(outcomeOf(facts, at(0)).minutes).toBe(0);
    // A clock set back since the start never gives negative minutes.
    expect(outcomeOf(facts, at(-60)).minutes).toBe(0);
  });

  it("dates the outcome by the shop's own calendar", () => {
    const lateEvening = new Date(2026, 0, 5, 23, 59);
    expect(outcomeOf(facts, lateEvening).date).toBe('2026-01-05');
    expect(localDate(new Date(987, 8, 30))).toBe('0987-09-30');
  });

  it('keeps the ids, null for "none of these fits", and the catalogue version when known', () => {
    const now = new Date(2026, 10, 21, 9, 10);
    expect(outcomeOf({ ...facts, cause: null, fix: null }, now)).toEqual({
      id: 'k3x9',
      family: 'no-route',
      cause: null,
      fix: null,
      questions: 5,
      minutes: 10,
      date: '2026-11-21',
    });
    expect(outcomeOf({ ...facts, catalogueVersion: 4 }, now).catalogueVersion).toBe(4);
  });
});

describe('causeFixedBy', () => {
  const catalogue = tinyCatalogue();
  it('names the likeliest ranked cause the fix is listed for', () => {
    expect(causeFixedBy(catalogue, [{ id: 'a' }, { id: 'b' }], 'fix-b')).toBe('b');
    expect(causeFixedBy(catalogue, [{ id: 'b' }, { id: 'a' }], 'fix-a')).toBe('b');
  });
  it('falls back to the leading cause, or null with none ranked', () => {
    expect(causeFixedBy(catalogue, [{ id: 'other' }, { id: 'a' }], 'fix-elsewhere')).toBe('other');
    expect(causeFixedBy(catalogue, [], 'fix-a')).toBeNull();
  });
});

describe('confirmedCauses', () => {
  it('counts each confirmed cause; "none of these fits" confirms nothing', () => {
    const now = new Date(2026, 10, 21, 9, 10);
    const log = [
      outcomeOf({ ...facts, caseId: 'a' }, now),
      outcomeOf({ ...facts, caseId: 'b' }, now),
      outcomeOf({ ...facts, caseId: 'c', cause: 'other-cause' }, now),
      outcomeOf({ ...facts, caseId: 'd', cause: null, fix: null }, now),
    ];
    expect(confirmedCauses(log)).toEqual({ 'acquirer-route': 2, 'other-cause': 1 });
  });
});

describe('useRecordOutcome', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    localStorage.clear();
    useAppStore.setState({ cases: {}, outcomes: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('times the case from when this device saved it, and stores the outcome', () => {
    useAppStore.getState().saveCase({ id: 'k3x9', family: 'no-route', createdAt: facts.startedAt });
    vi.setSystemTime(facts.startedAt + 4.5 * 60_000);
    const { result } = renderHook(() => useRecordOutcome());
    act(() => result.current({ ...facts, startedAt: undefined }));
    expect(useAppStore.getState().outcomes).toEqual([
      expect.objectContaining({ id: 'k3x9', minutes: 4.5, fix: 'reload-params' }),
    ]);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as {
      state: { outcomes: unknown[] };
    };
    expect(saved.state.outcomes).toEqual(useAppStore.getState().outcomes);
  });

  it('counts a case this device never saw from now', () => {
    const { result } = renderHook(() => useRecordOutcome());
    act(() => result.current({ ...facts, caseId: 'unseen', startedAt: undefined }));
    expect(useAppStore.getState().outcomes[0]?.minutes).toBe(0);
  });
});
