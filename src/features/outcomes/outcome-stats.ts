import type { Outcome } from '../../store/outcomes-slice.ts';

/** How many outcomes share one family, cause or fix; `key` null is "none of these fits". */
export type Tally = { key: string | null; count: number };
export type FamilyStats = Tally & {
  key: string;
  medianQuestions: number | null;
  medianMinutes: number | null;
};

export type OutcomeStats = {
  total: number;
  /** The first and last dates in the log, for "from … to …". */
  from: string | null;
  to: string | null;
  medianQuestions: number | null;
  medianMinutes: number | null;
  families: FamilyStats[];
  causes: Tally[];
  /** Only fixes that worked: an outcome without one says nothing about fixes. */
  fixes: Tally[];
};

/**
 * The middle value, or the mean of the two middle ones; null for none. Medians, not
 * means: one case left open over lunch would drag a mean of minutes far off.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Groups by `key`, most frequent first; ties keep the order first seen. */
function tally<K extends string | null>(outcomes: readonly Outcome[], key: (o: Outcome) => K) {
  const groups = new Map<K, Outcome[]>();
  for (const o of outcomes) {
    const group = groups.get(key(o));
    if (group) group.push(o);
    else groups.set(key(o), [o]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/** Everything the outcomes screen shows, from the log alone. */
export function outcomeStats(outcomes: readonly Outcome[]): OutcomeStats {
  const dates = outcomes.map((o) => o.date).sort();
  return {
    total: outcomes.length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    medianQuestions: median(outcomes.map((o) => o.questions)),
    medianMinutes: median(outcomes.map((o) => o.minutes)),
    families: tally(outcomes, (o) => o.family).map(([key, group]) => ({
      key,
      count: group.length,
      medianQuestions: median(group.map((o) => o.questions)),
      medianMinutes: median(group.map((o) => o.minutes)),
    })),
    causes: tally(outcomes, (o) => o.cause).map(([key, group]) => ({ key, count: group.length })),
    fixes: tally(
      outcomes.filter((o) => o.fix !== null),
      (o) => o.fix,
    ).map(([key, group]) => ({ key, count: group.length })),
  };
}
