import * as z from 'zod/mini';
import type { Outcome } from '../../store/outcomes-slice.ts';

/*
 * What an imported outcome must be, checked with zod's small build. This file is
 * loaded only with the outcomes screen, so zod stays out of the first download; the
 * store checks what it loads by hand (src/store/persisted-state.ts). Everything this
 * schema accepts, the store's check accepts too, so an import survives a reload.
 */

/** The columns (CSV) or keys (JSON) every outcome has; `catalogueVersion` is optional. */
export const REQUIRED_FIELDS = [
  'id',
  'date',
  'family',
  'cause',
  'fix',
  'questions',
  'minutes',
] as const;
export type OutcomeField = (typeof REQUIRED_FIELDS)[number] | 'catalogueVersion';

const id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));
/** A date that exists: 2026-02-30 is refused, not rolled over into March. */
const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const amount = z.number().check(z.minimum(0), z.lt(1e7));

const outcomeSchema = z.object({
  id,
  family: id,
  cause: z.nullable(id),
  fix: z.nullable(id),
  questions: z.int().check(z.minimum(0), z.lt(1e7)),
  minutes: amount,
  date: z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/), z.refine(isRealDate)),
  catalogueVersion: z.optional(z.int().check(z.positive())),
});

/** Why one row or entry was skipped; the screen words it in the user's language. */
export type RowProblem =
  | { row: number; kind: 'missing' | 'invalid'; field: OutcomeField }
  | { row: number; kind: 'notObject' | 'cells' | 'conflict' | 'full' };

/**
 * One imported outcome, or the first thing wrong with it. Minutes are rounded to 0.1
 * as the device records them; fields the app does not know are dropped.
 */
export function checkOutcome(raw: unknown, row: number): Outcome | RowProblem {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { row, kind: 'notObject' };
  const parsed = outcomeSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] as OutcomeField;
    const given = (raw as Record<string, unknown>)[field];
    return { row, kind: given === undefined ? 'missing' : 'invalid', field };
  }
  const { catalogueVersion, ...outcome } = parsed.data;
  const minutes = Math.round(outcome.minutes * 10) / 10;
  return catalogueVersion ? { ...outcome, minutes, catalogueVersion } : { ...outcome, minutes };
}

export const isProblem = (x: Outcome | RowProblem): x is RowProblem => 'kind' in x;
