import type { Catalogue } from '../../src/catalogue/schema.ts';
import { familyModel } from '../../src/engine/model.ts';
import { normaliseLog } from '../../src/engine/posterior.ts';
import { draw, seeded } from '../../src/sim/rng.ts';
import { simulateCase, type Noise } from '../../src/sim/simulate.ts';

/**
 * What a device's history does (issue 16): each family's fault mix is shifted (every
 * cause's prior times a factor between ¼ and 4), `outcomes` confirmed outcomes are drawn
 * from the shifted mixes, and cases from the same mixes are run by the wizard without
 * and with that history as its prior.
 */
export function learnedPriorReport(
  catalogue: Catalogue,
  world: Catalogue,
  noise: Noise,
  seed: number,
  outcomes = 100,
  cases = 1500,
) {
  const rand = seeded(seed);
  const families = catalogue.families.map((f) => f.id);
  const mixes = new Map(
    families.map((id) => {
      const model = familyModel(catalogue, id);
      const shifted = model.logPrior.map((l) => l + Math.log(4) * (2 * rand() - 1));
      return [id, normaliseLog(shifted)] as const;
    }),
  );
  const history = new Map(families.map((id) => [id, {} as Record<string, number>]));
  for (let i = 0; i < outcomes; i++) {
    const family = families[Math.floor(rand() * families.length)]!;
    const cause = familyModel(catalogue, family).causes[draw(rand, mixes.get(family)!)]!;
    const counts = history.get(family)!;
    counts[cause] = (counts[cause] ?? 0) + 1;
  }
  const run = (withHistory: boolean) => {
    const r = seeded(seed + 1);
    let top1 = 0;
    let questions = 0;
    for (let i = 0; i < cases; i++) {
      const family = families[Math.floor(r() * families.length)]!;
      const result = simulateCase(
        familyModel(catalogue, family),
        familyModel(world, family),
        r,
        noise,
        'adaptive',
        { mix: mixes.get(family), history: withHistory ? history.get(family) : undefined },
      );
      if (result.rank === 0) top1++;
      questions += result.questions;
    }
    return {
      top1: Number((top1 / cases).toFixed(3)),
      meanQuestions: Number((questions / cases).toFixed(2)),
    };
  };
  return { outcomes, cases, without: run(false), with: run(true) };
}
