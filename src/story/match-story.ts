import type { Catalogue } from '../catalogue/schema.ts';
import { clauses, hasWords, MAX_STORY, sentences } from './normalise.ts';
import { findPhrase, wordsOf } from './phrase.ts';
import { storyIndex } from './story-index.ts';
import { findCode } from './find-code.ts';

export type StoryMatch = {
  /** Families the story points to, most likely first. */
  families: string[];
  /** Families named outright by a screen text or a response code. */
  named: string[];
  /** The family, when the story settles it: named outright and clearly ahead of the rest. */
  family?: string | undefined;
  /** A response code it names. */
  code?: string | undefined;
  /** Observation ids it says plainly, in the order they were said. */
  observations: string[];
  /** The story was longer than MAX_STORY and was cut. */
  cut: boolean;
  /** Nothing to match: empty, spaces or emoji only. */
  empty: boolean;
};

/**
 * What a person's own words say: the family, the response code, and every observation
 * stated plainly (not denied, not doubted). Where two observations contradict each
 * other, the longer phrase wins: it is the more specific reading. Offline and fast.
 */
export function matchStory(catalogue: Catalogue, input: string): StoryMatch {
  const cut = input.length > MAX_STORY;
  if (!hasWords(input)) return { families: [], named: [], observations: [], cut, empty: true };
  const index = storyIndex(catalogue);
  const parts = clauses(input);
  const hits: { id: string; order: number; length: number }[] = [];
  const familyScore = new Map<string, number>();
  const named = new Set<string>();
  const score = (family: string, points: number) =>
    familyScore.set(family, (familyScore.get(family) ?? 0) + points);

  parts.forEach((clause, ci) => {
    const words = wordsOf(clause);
    const candidates = [
      ...new Set([...clause].flatMap((ch) => index.zhFirst.get(ch) ?? [])),
      ...new Set(words.flatMap((w) => index.enFirst.get(w) ?? [])),
    ];
    const best = new Map<string, { at: number; length: number }>();
    for (const { observation, phrase } of candidates) {
      const hit = findPhrase(phrase, clause, words);
      const had = best.get(observation.id);
      if (hit && (!had || hit.length > had.length)) best.set(observation.id, hit);
    }
    for (const [id, hit] of best)
      hits.push({ id, order: ci * MAX_STORY + hit.at, length: hit.length });
    for (const { family, phrase } of index.screenTexts)
      if (findPhrase(phrase, clause.replace(/\s+/g, ''), [])) {
        score(family, 3);
        named.add(family);
      }
  });

  // Phrases that reach across a comma, in whole sentences, after every clause.
  sentences(input).forEach((sentence, si) => {
    const words = wordsOf(sentence);
    for (const { observation, phrase } of index.spanning) {
      const hit = findPhrase(phrase, sentence, words);
      if (hit)
        hits.push({
          id: observation.id,
          order: (parts.length + si) * MAX_STORY,
          length: hit.length,
        });
    }
  });

  const code = findCode(parts, index.codes);
  for (const family of code ? (index.codes.get(code) ?? []) : []) {
    score(family, 2);
    named.add(family);
  }

  const observations = withoutContradictions(hits, index).map((h) => h.id);
  for (const id of observations) {
    const pointsTo = index.byId.get(id)?.families ?? [];
    // An observation every family can use says nothing about which one this is.
    if (pointsTo.length < catalogue.families.length)
      for (const family of pointsTo) score(family, 1 / pointsTo.length);
  }
  const order = catalogue.families.map((f) => f.id);
  const ranked = [...familyScore]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  const families = ranked.map(([f]) => f);
  const [first, second] = ranked;
  const settled = first && named.has(first[0]) && (!second || first[1] - second[1] >= 1);
  return {
    families,
    family: settled ? first[0] : undefined,
    named: families.filter((f) => named.has(f)),
    code,
    observations,
    cut,
    empty: false,
  };
}

type Hit = { id: string; order: number; length: number };

function withoutContradictions(hits: Hit[], index: ReturnType<typeof storyIndex>): Hit[] {
  const unique = [...new Map(hits.map((h) => [h.id, h])).values()];
  const kept = unique.filter(
    (h) =>
      !unique.some((other) => {
        if (other === h || !contradicts(h.id, other.id, index)) return false;
        return other.length > h.length || (other.length === h.length && other.order > h.order);
      }),
  );
  return kept.sort((a, b) => a.order - b.order);
}

function contradicts(a: string, b: string, index: ReturnType<typeof storyIndex>): boolean {
  const x = index.byId.get(a)?.observation.implies ?? {};
  const y = index.byId.get(b)?.observation.implies ?? {};
  return Object.entries(x).some(([q, answer]) => y[q] !== undefined && y[q] !== answer);
}
