import type { FamilyModel } from './model.ts';

/** The catalogue's prior counts as this many cases seen. */
export const CATALOGUE_CASES = 20;
/** However many outcomes a device holds, together they count as at most this many cases. */
export const HISTORY_CAP = 40;

/**
 * The family's prior, shifted by the causes confirmed on this device (opt-in, issue 16):
 * the catalogue's prior as `CATALOGUE_CASES` pseudo-cases plus each confirmed outcome as
 * one, with the outcomes' total weight capped at `HISTORY_CAP`, so a shop's history
 * moves the ranking but never silences a cause the catalogue knows (every cause keeps at
 * least a third of its catalogue share). Counts for causes the family lacks are ignored.
 * Returns log priors, as the model's.
 */
export function learnedLogPrior(
  model: FamilyModel,
  history: Readonly<Record<string, number>>,
): number[] {
  const top = Math.max(...model.logPrior);
  const raw = model.logPrior.map((l) => Math.exp(l - top));
  const sum = raw.reduce((s, x) => s + x, 0);
  const prior = raw.map((x) => x / sum);
  const counts = model.causes.map((id) => Math.max(0, history[id] ?? 0));
  const total = counts.reduce((s, n) => s + n, 0);
  if (total === 0) return [...model.logPrior];
  const each = Math.min(1, HISTORY_CAP / total);
  const weight = CATALOGUE_CASES + each * total;
  return prior.map((p, c) => Math.log((CATALOGUE_CASES * p + each * (counts[c] ?? 0)) / weight));
}

/** How many confirmed outcomes of this family the history holds. */
export const historyCases = (model: FamilyModel, history: Readonly<Record<string, number>>) =>
  model.causes.reduce((s, id) => s + Math.max(0, history[id] ?? 0), 0);
