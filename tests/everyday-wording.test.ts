import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { matchStory } from '../src/story/match-story.ts';
import { storyAnswers } from '../src/story/story-answers.ts';

/*
 * Issue 17, item 3: what a clerk types into the one box in everyday words opens the
 * right family, and screen text already read is carried in as the answer to "what
 * does the screen say?", so that question is not asked again.
 */
const catalogue = buildCatalogue(resolve('rules'));

describe('everyday wording in the one box', () => {
  it.each([
    ['终端号不存在', 'terminal-unusable'],
    ['终端不存在', 'terminal-unusable'],
    ['请先签到', 'terminal-unusable'],
    ['扫码没到账', 'scan-pay-missing'],
    ['顾客扫码付了款没到账', 'scan-pay-missing'],
    ['刷卡后一直没反应', 'no-response'],
    ['余额不足', 'terminal-unusable'],
  ])('"%s" opens %s', (text, family) => {
    expect(matchStory(catalogue, text).families).toContain(family);
  });

  it.each([
    ['终端号不存在', 'terminal-invalid'],
    ['请先签到', 'not-signed-in'],
  ])('"%s" is carried in as what the screen says', (text, answer) => {
    const heard = matchStory(catalogue, text);
    const answers = storyAnswers(catalogue, 'terminal-unusable', heard.observations, heard.code);
    expect(answers['tid-screen-says']).toBe(answer);
  });
});
