import type { LearnSetting } from './learn-setting.ts';
import type { Outcome } from './outcomes-slice.ts';
import { confirmedCauses } from './record-outcome.ts';

/**
 * The history the engine's learned prior takes (`CaseEvidence.history`), or undefined
 * when the setting is off or nothing is left to learn from. Outcomes set aside by a
 * reset do not count, nor does the case being looked at: a case just marked solved must
 * not pull its own ranking towards its answer.
 */
export function deviceHistory(
  setting: LearnSetting,
  outcomes: readonly Outcome[],
  caseId?: string,
): Record<string, number> | undefined {
  if (!setting.on) return undefined;
  const skip = new Set(setting.skip);
  const counts = confirmedCauses(outcomes.filter((o) => o.id !== caseId && !skip.has(o.id)));
  return Object.keys(counts).length > 0 ? counts : undefined;
}

/** How many confirmed cases the history holds for the given causes (one family's). */
export const casesFor = (
  history: Readonly<Record<string, number>> | undefined,
  causes: readonly string[],
): number => causes.reduce((n, id) => n + (history?.[id] ?? 0), 0);
