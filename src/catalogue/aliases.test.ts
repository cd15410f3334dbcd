import { describe, expect, it } from 'vitest';
import { tinyCatalogue, vocabulary } from '../../tests/fixtures/tiny-catalogue.ts';
import { renameAnswer, renameAnswers, renameObservation } from './aliases.ts';
import { loadCatalogue } from './load-catalogue.ts';
import type { Aliases } from './schema.ts';

const aliases: Aliases = {
  questions: { 'old-a': 'merged', 'old-b': 'merged' },
  answers: { 'old-b.worked': 'merged.yes', 'old-b.no': 'merged.never' },
  observations: { 'obs-old': 'obs-merged' },
};

describe('aliases', () => {
  it('reads an old question as the one it became, keeping an answer that kept its id', () => {
    expect(renameAnswer(aliases, 'old-a', 'yes')).toEqual(['merged', 'yes']);
    expect(renameAnswer(aliases, 'old-a', 'dont-know')).toEqual(['merged', 'dont-know']);
  });

  it('reads a renamed answer as its new question and answer', () => {
    expect(renameAnswer(aliases, 'old-b', 'worked')).toEqual(['merged', 'yes']);
    expect(renameAnswer(aliases, 'old-b', 'no')).toEqual(['merged', 'never']);
    expect(renameAnswer(aliases, 'old-b', 'never')).toEqual(['merged', 'never']);
  });

  it('moves a second reading ("check again") with its question', () => {
    expect(renameAnswer(aliases, 'old-b--again', 'worked')).toEqual(['merged--again', 'yes']);
  });

  it('leaves ids that were never renamed, and works without a map', () => {
    expect(renameAnswer(aliases, 'q1', 'no')).toEqual(['q1', 'no']);
    expect(renameAnswer(undefined, 'old-a', 'yes')).toEqual(['old-a', 'yes']);
    expect(renameObservation(aliases, 'obs-old')).toBe('obs-merged');
    expect(renameObservation(aliases, 'obs-x')).toBe('obs-x');
    expect(renameObservation(undefined, 'obs-old')).toBe('obs-old');
  });

  it('renames a set of answers; the first of two that became one question stays', () => {
    expect(renameAnswers(aliases, { 'old-b': 'worked', q1: 'no', 'old-a': 'never' })).toEqual({
      merged: 'yes',
      q1: 'no',
    });
  });

  it('is loaded from rules/aliases.json, once, and scenarios are read through it', () => {
    const { families, causes, questions, fixes, responseCodes, signs, scenarios } = tinyCatalogue();
    const old = { ...scenarios[0]!, answers: { 'old-b': 'no', q2: 'yes' } };
    const sources = [
      { file: 'vocabulary.json', data: vocabulary },
      { file: 'shared.json', data: { families, causes, questions, fixes, responseCodes, signs } },
      { file: 'scenarios.json', data: { scenarios: [old] } },
      { file: 'aliases.json', data: { aliases: { questions: { 'old-b': 'q1' } } } },
    ];
    const result = loadCatalogue(sources);
    expect(result.ok && result.catalogue.aliases).toEqual({
      questions: { 'old-b': 'q1' },
      answers: {},
      observations: {},
    });
    expect(result.ok && result.catalogue.scenarios[0]!.answers).toEqual({ q1: 'no', q2: 'yes' });
    const twice = loadCatalogue([...sources, { file: 'more.json', data: { aliases: {} } }]);
    expect(!twice.ok && twice.issues.map((i) => i.message)).toEqual([
      'alias map "aliases" is already defined in aliases.json',
    ]);
  });
});
