import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../store/outcomes-slice.ts';
import { median, outcomeStats } from './outcome-stats.ts';

const o = (
  family: string,
  cause: string | null,
  fix: string | null,
  questions: number,
  minutes: number,
  date = '2026-11-21',
): Outcome => ({
  id: `${family}-${questions}-${minutes}`,
  family,
  cause,
  fix,
  questions,
  minutes,
  date,
});

describe('outcome statistics', () => {
  it('median: the middle, the mean of the two middles, none for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('count per family (with medians), per cause and per fix that worked', () => {
    const stats = outcomeStats([
      o('no-route', 'c1', 'f1', 2, 1, '2026-11-23'),
      o('no-route', 'c1', 'f1', 6, 5),
      o('no-route', null, null, 10, 30, '2026-11-19'),
      o('scan-pay', 'c2', 'f2', 3, 2),
      o('scan-pay', 'c1', null, 4, 4),
    ]);
    expect(stats).toEqual({
      total: 5,
      from: '2026-11-19',
      to: '2026-11-23',
      medianQuestions: 4,
      medianMinutes: 4,
      families: [
        { key: 'no-route', count: 3, medianQuestions: 6, medianMinutes: 5 },
        { key: 'scan-pay', count: 2, medianQuestions: 3.5, medianMinutes: 3 },
      ],
      causes: [
        { key: 'c1', count: 3 },
        { key: null, count: 1 },
        { key: 'c2', count: 1 },
      ],
      fixes: [
        { key: 'f1', count: 2 },
        { key: 'f2', count: 1 },
      ],
    });
  });

  it('an empty log has nothing to show and no medians', () => {
    expect(outcomeStats([])).toEqual({
      total: 0,
      from: null,
      to: null,
      medianQuestions: null,
      medianMinutes: null,
      families: [],
      causes: [],
      fixes: [],
    });
  });
});
