import type { Area, Catalogue } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import { posterior } from '../engine/posterior.ts';
import { storyAnswers } from './story-answers.ts';
import { storyIndex } from './story-index.ts';

/** How many observations the "what do you already know?" screen offers. */
export const OFFERED = 12;

/** Kullback-Leibler divergence in bits: how far ticking an observation moves the ranking. */
const divergence = (after: readonly number[], before: readonly number[]) =>
  after.reduce((s, p, i) => (p > 0 ? s + p * Math.log2(p / (before[i] ?? 1)) : s), 0);

/**
 * The family's most telling observations: those whose answers would move the ranking
 * most from where it stands, leaving out those already said and those that contradict
 * what was said. Grouped by area in the catalogue's area order.
 */
export function tellingObservations(
  catalogue: Catalogue,
  family: string,
  chosen: readonly string[],
): { area: Area; ids: string[] }[] {
  const model = familyModel(catalogue, family);
  const index = storyIndex(catalogue);
  const answers = storyAnswers(catalogue, family, chosen);
  const before = posterior(model, { family, answers });
  const ranked = index.observations
    .filter((o) => o.families.includes(family) && !chosen.includes(o.observation.id))
    .filter((o) =>
      Object.entries(o.observation.implies).every(
        ([q, a]) => answers[q] === undefined || answers[q] === a,
      ),
    )
    .map((o) => {
      const after = posterior(model, {
        family,
        answers: { ...answers, ...storyAnswers(catalogue, family, [o.observation.id]) },
      });
      return { o: o.observation, gain: divergence(after, before) };
    })
    .filter((x) => x.gain > 0.01)
    .sort((a, b) => b.gain - a.gain || a.o.id.localeCompare(b.o.id))
    .slice(0, OFFERED);
  const areas: Area[] = ['network', 'hardware', 'software', 'merchant', 'bank', 'operator', 'card'];
  return areas
    .map((area) => ({ area, ids: ranked.filter((x) => x.o.area === area).map((x) => x.o.id) }))
    .filter((g) => g.ids.length > 0);
}
