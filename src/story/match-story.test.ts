import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { matchStory } from './match-story.ts';
import { storyAnswers } from './story-answers.ts';

const cat = tinyCatalogue();
const obs = (text: string) => matchStory(cat, text).observations;

describe('matchStory', () => {
  it('hears a fact said with other words between its parts', () => {
    expect(obs('换完电池以后一刷卡就提示97')).toEqual(['obs-a']);
    expect(obs('昨天换了新电池')).toEqual(['obs-a']);
    expect(obs('We changed the old battery yesterday')).toEqual(['obs-a']);
  });

  it('does not tick a fact that is denied, before or after, and ticks its denial instead', () => {
    expect(obs('没换电池')).toEqual(['obs-not-a']);
    expect(obs('电池没换过')).toEqual(['obs-not-a']);
    expect(obs('我们没有换过电池')).toEqual(['obs-not-a']);
    expect(obs("we didn't change the battery")).toEqual(['obs-not-a']);
    expect(obs('the battery was not changed')).toEqual([]);
  });

  it('ticks nothing that is only doubted', () => {
    expect(obs('不知道有没有换电池')).toEqual([]);
    expect(obs('not sure whether they changed the battery')).toEqual([]);
  });

  it('lets a negation in a gap deny only when it reaches the next part', () => {
    expect(obs('电池其实没换')).toEqual(['obs-not-a']);
    // "没" belongs to 拆, not to 电池: a new, unopened battery was put in.
    expect(obs('换了没拆的电池')).toEqual(['obs-a']);
  });

  it('keeps negation inside its clause', () => {
    expect(obs('一直不行，换了电池')).toEqual(['obs-a']);
    expect(obs('没摔过，换了电池')).toEqual(['obs-a']);
  });

  it('names the family of a screen text or a code, and says what was cut', () => {
    expect(matchStory(cat, '屏幕显示F错误').family).toBe('f');
    expect(matchStory(cat, '提示97').code).toBe('97');
    expect(matchStory(cat, 'x'.repeat(10_001)).cut).toBe(true);
    expect(matchStory(cat, ' 😀 ').empty).toBe(true);
  });

  it('turns observations into the answers the family can use', () => {
    expect(storyAnswers(cat, 'f', ['obs-a'], '97')).toEqual({ 'screen-code': '97', q1: 'yes' });
    expect(storyAnswers(cat, 'f', ['obs-a', 'obs-not-a'])).toEqual({ q1: 'yes' });
    expect(storyAnswers(cat, 'f', ['nope'])).toEqual({});
  });
});

describe('phrases across a comma', () => {
  const cat2 = tinyCatalogue();
  cat2.observations[0] = {
    ...cat2.observations[0]!,
    phrases: { zh: ['一块钱 ~ 就过了'], en: ['one yuan ~ went through'] },
  };
  it('reach into the next clause of the same sentence only where the phrase says so', () => {
    expect(matchStory(cat2, '刷一块钱试了下，一下就过了').observations).toEqual(['obs-a']);
    expect(matchStory(cat2, '刷一块钱试了下。后来一下就过了').observations).toEqual([]);
    expect(matchStory(cat2, 'I tried one yuan, it went through').observations).toEqual(['obs-a']);
  });
});
