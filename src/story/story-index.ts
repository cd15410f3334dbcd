import type { Catalogue, Observation } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import { compilePhrase, type Phrase } from './phrase.ts';

export type IndexedObservation = {
  observation: Observation;
  phrases: Phrase[];
  /** Families whose questions take every answer it implies. */
  families: string[];
};

export type StoryIndex = {
  observations: IndexedObservation[];
  byId: Map<string, IndexedObservation>;
  screenTexts: { family: string; phrase: Phrase }[];
  codes: Map<string, string[]>;
};

const cache = new WeakMap<Catalogue, StoryIndex>();

/** Phrases compiled once per catalogue; matching a story then costs microseconds. */
export function storyIndex(catalogue: Catalogue): StoryIndex {
  let index = cache.get(catalogue);
  if (!index) cache.set(catalogue, (index = build(catalogue)));
  return index;
}

function build(catalogue: Catalogue): StoryIndex {
  const models = catalogue.families.map((f) => familyModel(catalogue, f.id));
  const observations = catalogue.observations.map((observation) => ({
    observation,
    phrases: [
      ...observation.phrases.zh.map((p) => compilePhrase(p, 'zh')),
      ...observation.phrases.en.map((p) => compilePhrase(p, 'en')),
    ],
    families: models
      .filter((m) =>
        Object.entries(observation.implies).every(([q, a]) => {
          const question = m.questionById.get(q);
          return question !== undefined && question.answers.includes(a);
        }),
      )
      .map((m) => m.family),
  }));
  return {
    observations,
    byId: new Map(observations.map((o) => [o.observation.id, o])),
    screenTexts: catalogue.families.flatMap((f) =>
      f.screenTexts.map((t) => ({
        family: f.id,
        phrase: compilePhrase(t.replace(/\s+/g, ''), 'zh'),
      })),
    ),
    codes: new Map(catalogue.responseCodes.map((r) => [r.code, r.families])),
  };
}
