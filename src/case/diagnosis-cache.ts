import type { Catalogue } from '../catalogue/schema.ts';
import { diagnose, type Diagnosis } from '../engine/diagnose.ts';
import type { CaseEvidence } from '../engine/types.ts';

/**
 * Enough for the case on screen, each answer it may get next (a response-code question
 * has over a dozen), and a few steps back.
 */
const KEEP = 48;
const caches = new WeakMap<Catalogue, Map<string, Diagnosis>>();

/** The same evidence gives the same key whatever order its answers and fixes came in. */
const keyOf = (e: CaseEvidence): string =>
  JSON.stringify([
    e.family,
    Object.entries(e.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    [...(e.failedFixes ?? [])].sort(),
    e.workedFix ?? null,
    [...(e.told ?? [])].sort(),
    [...(e.deferred ?? [])].sort(),
    Object.entries(e.history ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);

/**
 * `diagnose`, remembered for the last few cases. The engine is pure and ignores the
 * order of answers, so a remembered diagnosis is the value it would compute again; what
 * it saves is time on an answer's path, once the next answers have been worked out
 * while the page was idle (`usePreparedAnswers`). Callers must not change the result.
 */
export function diagnoseCached(catalogue: Catalogue, evidence: CaseEvidence): Diagnosis {
  let cache = caches.get(catalogue);
  if (!cache) caches.set(catalogue, (cache = new Map()));
  const key = keyOf(evidence);
  const diagnosis = cache.get(key) ?? diagnose(catalogue, evidence);
  cache.delete(key); // re-inserted last: the most recently used stays longest
  cache.set(key, diagnosis);
  for (const old of cache.keys()) {
    if (cache.size <= KEEP) break;
    cache.delete(old);
  }
  return diagnosis;
}
