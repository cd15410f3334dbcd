import { describe, expect, it } from 'vitest';
import { tinyCatalogue, vocabulary } from '../../tests/fixtures/tiny-catalogue.ts';
import { loadCatalogue } from './load-catalogue.ts';

const { families, causes, questions, fixes, responseCodes, signs } = tinyCatalogue();
const good = [
  { file: 'vocabulary.json', data: vocabulary },
  { file: 'families/f.json', data: { families, causes, signs } },
  { file: 'shared.json', data: { questions, fixes, responseCodes } },
];

describe('loadCatalogue', () => {
  it('merges every file into one catalogue', () => {
    const result = loadCatalogue(good);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.catalogue.causes.map((c) => c.id)).toEqual(['a', 'b']);
      expect(result.catalogue.signs['b']?.codes['97']).toBe('usually');
    }
  });

  it('fails with the file and JSON path of each bad field', () => {
    const bad = structuredClone(causes);
    bad[1]!.title.en = ' ';
    (bad[0] as { area: string }).area = 'weather';
    const result = loadCatalogue([
      ...good.slice(0, 1),
      { file: 'families/f.json', data: { causes: bad } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.file}: ${i.path}`)).toEqual([
        'families/f.json: causes.0.area',
        'families/f.json: causes.1.title.en',
      ]);
  });

  it('rejects an id defined twice, and a sign given in two files', () => {
    const result = loadCatalogue([
      ...good,
      {
        file: 'zz.json',
        data: { fixes: [fixes[0]], signs: { a: { answers: { q1: { no: 'often' } } } } },
      },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.message)).toEqual([
        'fix "fix-a" is already defined in shared.json',
        'already given in families/f.json',
      ]);
  });

  it('reports a file that is not JSON, and a missing vocabulary', () => {
    const result = loadCatalogue([
      { file: 'broken.json', data: undefined, error: 'not valid JSON: x' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        { file: 'broken.json', path: '(root)', message: 'not valid JSON: x' },
        { file: 'vocabulary.json', path: '(root)', message: 'missing or invalid' },
      ]);
  });

  it('refuses "dont-know" as a listed answer', () => {
    const q = structuredClone(questions[0]!);
    q.answers[1]!.id = 'dont-know';
    const result = loadCatalogue([
      ...good.slice(0, 1),
      { file: 'q.json', data: { questions: [q] } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toBe('dont-know is implied; do not list it');
  });
});
