import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { matchStory } from '../src/story/match-story.ts';
import { storyAnswers } from '../src/story/story-answers.ts';

type Fact = { q: string; a: string; plain: string[]; negated: string[] };
const { facts } = JSON.parse(readFileSync(resolve('tests/story/phrasings.json'), 'utf8')) as {
  facts: Fact[];
};
const catalogue = buildCatalogue(resolve('rules'));

/** What a text says about question q in each family that asks it. */
const said = (text: string, q: string) => {
  const m = matchStory(catalogue, text);
  return catalogue.families.map((f) => storyAnswers(catalogue, f.id, m.observations, m.code)[q]);
};

/**
 * Chinese has no spaces and puts "not" anywhere: "没换过电池" and "电池没换" must never
 * tick "the battery was changed". Plain and negated phrasings of the same facts.
 */
describe('negation in the story box', () => {
  it('has at least 40 plain and 40 negated phrasings', () => {
    expect(facts.flatMap((f) => f.plain).length).toBeGreaterThanOrEqual(40);
    expect(facts.flatMap((f) => f.negated).length).toBeGreaterThanOrEqual(40);
  });

  for (const f of facts) {
    for (const text of f.plain)
      it(`hears "${text}" as ${f.q}=${f.a}`, () => {
        expect(said(text, f.q)).toContain(f.a);
      });
    for (const text of f.negated)
      it(`does not hear "${text}" as ${f.q}=${f.a}`, () => {
        expect(said(text, f.q)).not.toContain(f.a);
      });
  }
});
