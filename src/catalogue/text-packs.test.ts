import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './build-catalogue.ts';
import { matchStory } from '../story/match-story.ts';
import { joinTexts, splitTexts, startIndex } from './text-packs.ts';

const catalogue = buildCatalogue(resolve('rules'));

describe('text packs', () => {
  it('split then join gives back the catalogue exactly', () => {
    const { core, packs } = splitTexts(catalogue);
    expect(joinTexts(core, packs)).toEqual(catalogue);
  });

  it('the core carries no human text, only references', () => {
    const { core } = splitTexts(catalogue);
    const json = JSON.stringify(core);
    // Screen texts stay: they are what the counter reads, matched in any language.
    for (const c of catalogue.causes) {
      expect(json).not.toContain(JSON.stringify(c.explanation.zh));
      expect(json).not.toContain(JSON.stringify(c.explanation.en));
    }
    expect(core.texts).toBeGreaterThan(500);
  });

  it('with one pack loaded, that language is whole and the other is empty', () => {
    const { core, packs } = splitTexts(catalogue);
    const zhOnly = joinTexts(core, { zh: packs.zh });
    expect(zhOnly.causes[0]!.title.zh).toBe(catalogue.causes[0]!.title.zh);
    expect(zhOnly.causes[0]!.title.en).toBe('');
    expect(zhOnly.families).toHaveLength(catalogue.families.length);
    expect(zhOnly.signs).toEqual(catalogue.signs);
  });

  it("keeps each language's story phrases in its own pack", () => {
    const { core, packs } = splitTexts(catalogue);
    const json = JSON.stringify(core);
    const obs = catalogue.observations.find((o) => o.phrases.en.length > 1)!;
    expect(json).not.toContain(JSON.stringify(obs.phrases.en[0]));
    const zhOnly = joinTexts(core, { zh: packs.zh }).observations.find((o) => o.id === obs.id)!;
    expect(zhOnly.phrases).toEqual({ zh: obs.phrases.zh, en: '' });
    const enOnly = joinTexts(core, { en: packs.en }).observations.find((o) => o.id === obs.id)!;
    expect(enOnly.phrases).toEqual({ zh: '', en: obs.phrases.en });
  });

  it('hears a story in the language whose pack is loaded', () => {
    const { core, packs } = splitTexts(catalogue);
    const story = '换完电池以后一刷卡就提示A0';
    const whole = matchStory(catalogue, story).observations;
    expect(whole.length).toBeGreaterThan(0);
    expect(matchStory(joinTexts(core, { zh: packs.zh }), story).observations).toEqual(whole);
    expect(matchStory(joinTexts(core, { en: packs.en }), story).observations).toEqual([]);
  });

  it('refuses a pack from another build', () => {
    const { core, packs } = splitTexts(catalogue);
    expect(() => joinTexts(core, { en: packs.en.slice(1) })).toThrow(/text pack en/);
  });
});

describe('start index', () => {
  it('has the families and codes in one language, and nothing else', () => {
    const index = startIndex(catalogue, 'zh');
    expect(index.families.map((f) => f.id)).toEqual(catalogue.families.map((f) => f.id));
    expect(index.families[0]!.title.zh).toBe(catalogue.families[0]!.title.zh);
    expect(index.families[0]!.title.en).toBe('');
    expect(index.responseCodes).toHaveLength(catalogue.responseCodes.length);
    expect(index.causes).toEqual([]);
    expect(index.questions).toEqual([]);
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(catalogue).length / 10);
  });
});
