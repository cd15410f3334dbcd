import { DONT_KNOW } from '../../src/catalogue/constants.ts';
import type { Catalogue } from '../../src/catalogue/schema.ts';
import { matchStory } from '../../src/story/match-story.ts';
import { storyAnswers } from '../../src/story/story-answers.ts';
import type { FieldCase } from '../field-cases.ts';

/** What the story box hears of one case's zh story, measured against the facts it lists. */
export function storyReading(
  catalogue: Catalogue,
  family: string,
  c: FieldCase,
  lang: 'zh' | 'en' = 'zh',
) {
  const facts = Object.entries(c.answers).filter(([, a]) => a !== DONT_KNOW);
  const match = matchStory(catalogue, c.story?.[lang] ?? '');
  const heard = storyAnswers(catalogue, family, match.observations, match.code);
  const found = facts.filter(([q, a]) => heard[q] === a).map(([q]) => q);
  const wrong = Object.entries(heard)
    .filter(
      ([q, a]) => c.answers[q] !== undefined && c.answers[q] !== DONT_KNOW && c.answers[q] !== a,
    )
    .map(([q, a]) => `${q}=${a}`);
  return {
    recall: facts.length ? found.length / facts.length : 1,
    missed: facts.filter(([q]) => !found.includes(q)).map(([q, a]) => `${q}=${a}`),
    wrong,
    family: match.family ?? match.families[0],
    answers: heard,
  };
}

/** Median and 95th percentile time of matching a 300-character story, in ms. */
export function storyMatchTimes(catalogue: Catalogue, stories: readonly string[], runs = 400) {
  const long = stories.join('，');
  const texts = Array.from({ length: runs }, (_, i) => {
    const from = (i * 37) % Math.max(1, long.length - 300);
    return long.slice(from, from + 300);
  });
  for (const t of texts.slice(0, 50)) matchStory(catalogue, t); // warm-up
  const times = texts.map((t) => {
    const t0 = performance.now();
    matchStory(catalogue, t);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3));
  return { median: at(0.5), p95: at(0.95) };
}
