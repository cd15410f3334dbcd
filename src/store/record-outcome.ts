import { useCallback } from 'react';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Outcome } from './outcomes-slice.ts';
import { useAppStore } from './store.ts';

/**
 * What a screen knows when a case ends: solved (a fix worked) or "none of these fits".
 * Kept in the store layer, not a feature, because the results and question screens both
 * record outcomes and features do not import each other.
 */
export type OutcomeFacts = {
  caseId: string;
  family: string;
  /** The confirmed cause, or null for "none of these fits". */
  cause: string | null;
  /** The fix that worked, or null. */
  fix: string | null;
  /** Questions answered so far. */
  questions: number;
  /** When the case was opened (ms since 1970): the saved case's `createdAt`. */
  startedAt: number;
  catalogueVersion?: number | undefined;
};

/** The local calendar date, yyyy-mm-dd: a shop's day, not UTC's (8 hours off in China). */
export const localDate = (d: Date): string =>
  [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');

/** The outcome to log for a case that ends at `now`; pure, so the screens' tests need no clock. */
export function outcomeOf(facts: OutcomeFacts, now: Date = new Date()): Outcome {
  const elapsed = Math.max(0, now.getTime() - facts.startedAt);
  const outcome: Outcome = {
    id: facts.caseId,
    family: facts.family,
    cause: facts.cause,
    fix: facts.fix,
    questions: Math.max(0, Math.round(facts.questions)),
    minutes: Math.round(elapsed / 6000) / 10,
    date: localDate(now),
  };
  return facts.catalogueVersion
    ? { ...outcome, catalogueVersion: facts.catalogueVersion }
    : outcome;
}

/**
 * The cause a fix that worked confirms: the likeliest of the ranked causes that list the
 * fix, else the leading cause (a fix can help beyond the causes it is listed for).
 */
export function causeFixedBy(
  catalogue: Pick<Catalogue, 'causes'>,
  ranked: readonly { id: string }[],
  fix: string,
): string | null {
  const fixes = (id: string) =>
    catalogue.causes.find((c) => c.id === id)?.fixes.some((f) => f.fix === fix) ?? false;
  return (ranked.find((c) => fixes(c.id)) ?? ranked[0])?.id ?? null;
}

/**
 * How often each cause was confirmed in `outcomes`, in the form the engine's opt-in
 * learned prior takes (`Evidence.history`, src/engine/learned-prior.ts). "None of these
 * fits" confirms nothing and is left out; causes of other families are ignored there.
 */
export function confirmedCauses(outcomes: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) if (o.cause !== null) counts[o.cause] = (counts[o.cause] ?? 0) + 1;
  return counts;
}

/**
 * Records how a case ended. `startedAt` defaults to when the case was saved on this
 * device (the start screen or a link saves it); a case the device never saw counts from
 * now, i.e. 0 minutes, rather than guessing.
 */
export function useRecordOutcome(): (
  facts: Omit<OutcomeFacts, 'startedAt'> & { startedAt?: number },
) => void {
  const recordOutcome = useAppStore((s) => s.recordOutcome);
  return useCallback(
    (facts) => {
      const saved = useAppStore.getState().cases[facts.caseId];
      const startedAt = facts.startedAt ?? saved?.createdAt ?? Date.now();
      recordOutcome(outcomeOf({ ...facts, startedAt }));
    },
    [recordOutcome],
  );
}
