import type { Catalogue, Observation } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import { compilePhrase, spansClauses, type Phrase } from './phrase.ts';

export type IndexedObservation = {
  observation: Observation;
  phrases: Phrase[];
  /** Families whose questions take every answer it implies. */
  families: string[];
};

/** A phrase and the observation it says, filed under its first character (zh) or word (en). */
export type PhraseEntry = { observation: Observation; phrase: Phrase };

export type StoryIndex = {
  observations: IndexedObservation[];
  /** Phrases by what they start with, so a clause is tried only against phrases it can hold. */
  zhFirst: Map<string, PhraseEntry[]>;
  enFirst: Map<string, PhraseEntry[]>;
  /** Phrases that reach across a comma: tried against whole sentences. */
  spanning: PhraseEntry[];
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
      // A language whose text pack is not loaded reads as '' (joinTexts): no phrases.
      ...(observation.phrases.zh || []).map((p) => compilePhrase(p, 'zh')),
      ...(observation.phrases.en || []).map((p) => compilePhrase(p, 'en')),
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
  const zhFirst = new Map<string, PhraseEntry[]>();
  const enFirst = new Map<string, PhraseEntry[]>();
  const spanning: PhraseEntry[] = [];
  for (const { observation, phrases } of observations)
    for (const phrase of phrases) {
      if (spansClauses(phrase)) {
        spanning.push({ observation, phrase });
        continue;
      }
      const first = phrase.parts[0] ?? '';
      const [map, key] = phrase.lang === 'zh' ? [zhFirst, first.charAt(0)] : [enFirst, first];
      map.set(key, [...(map.get(key) ?? []), { observation, phrase }]);
    }
  return {
    observations,
    zhFirst,
    enFirst,
    spanning,
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
