import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue, vocabulary, yesNo } from '../../tests/fixtures/tiny-catalogue.ts';
import { buildCatalogue } from './build-catalogue.ts';
import { editionAt, extendCodeBook, familyLists } from './code-book.ts';
import { lintCodeBook } from './lint-code-book.ts';
import { CODE_BOOK_FILE, loadCatalogue } from './load-catalogue.ts';
import type { Catalogue, CodeBook } from './schema.ts';

const tiny = tinyCatalogue();
const v1 = extendCodeBook(tiny, undefined);

/** The tiny catalogue a while later: q2 gone, q1 with a third answer, a new question and fix. */
function later(): Catalogue {
  const cat = tinyCatalogue();
  const q1 = cat.questions[0]!;
  q1.answers.push({ id: 'sometimes', label: { zh: '有时', en: 'sometimes' } });
  cat.questions = [q1, yesNo('q3'), cat.questions[2]!];
  cat.signs['a']!.answers['q3'] = { yes: 'often' };
  cat.fixes.push({ ...cat.fixes[0]!, id: 'fix-c' });
  cat.causes[1]!.fixes.push({ fix: 'fix-c', chance: 'often' });
  return cat;
}

describe('code book', () => {
  it('starts at version 1 with every id of every family', () => {
    expect(v1).toEqual({
      version: 1,
      families: {
        f: {
          since: 1,
          questions: ['q1', 'q2', 'screen-code'],
          answers: { q1: ['yes', 'no'], q2: ['yes', 'no'], 'screen-code': ['97', '03', 'none'] },
          fixes: ['fix-a', 'fix-b'],
          added: {},
        },
      },
    });
  });

  it('stays the same book, version and all, while the catalogue adds nothing', () => {
    expect(extendCodeBook(tiny, v1)).toBe(v1);
    const fewer = { ...tiny, fixes: tiny.fixes.slice(0, 1) };
    fewer.causes = tiny.causes.map((c) => ({ ...c, fixes: c.fixes.slice(0, 1) }));
    expect(extendCodeBook(fewer, v1)).toBe(v1);
  });

  it('only appends: retired ids stay, new ones go at the end, and the version goes up', () => {
    const v2 = extendCodeBook(later(), v1);
    const page = v2.families['f']!;
    expect(v2.version).toBe(2);
    expect(page.questions).toEqual(['q1', 'q2', 'screen-code', 'q3']);
    expect(page.answers).toEqual({
      q1: ['yes', 'no', 'sometimes'],
      q2: ['yes', 'no'],
      'screen-code': ['97', '03', 'none'],
      q3: ['yes', 'no'],
    });
    expect(page.fixes).toEqual(['fix-a', 'fix-b', 'fix-c']);
    expect(page.added).toEqual({
      2: { questions: 1, fixes: 1, answers: { q1: 1, q3: 2 } },
    });
    expect(v1.families['f']!.questions).toEqual(['q1', 'q2', 'screen-code']);
  });

  it('gives each older version its lists as they were', () => {
    const v2 = extendCodeBook(later(), v1);
    const withFamily = { ...tiny, families: [...tiny.families, { ...tiny.families[0]!, id: 'g' }] };
    const v3 = extendCodeBook(withFamily, v2);
    expect(Object.keys(v3.families)).toEqual(['f', 'g']);
    expect(v3.families['g']!.since).toBe(3);
    const lists = (book: CodeBook, v: number) =>
      editionAt(book, v).families.map(({ id, questions, answers, fixes }) => ({
        id,
        questions,
        answers,
        fixes,
      }));
    expect(lists(v3, 1)).toEqual([{ id: 'f', ...familyLists(tiny, 'f') }]);
    expect(lists(v3, 2)).toEqual(lists(v2, 2));
    expect(lists(v3, 3).map((f) => f.id)).toEqual(['f', 'g']);
  });

  it('is read from rules/code-book.json, and refused when it could misread codes', () => {
    const { families, causes, questions, fixes, responseCodes, signs } = tiny;
    const sources = (book: unknown) => [
      { file: 'vocabulary.json', data: vocabulary },
      { file: 'families/f.json', data: { families, causes, signs } },
      { file: 'shared.json', data: { questions, fixes, responseCodes } },
      { file: CODE_BOOK_FILE, data: book },
    ];
    const loaded = loadCatalogue(sources(v1));
    expect(loaded.ok && loaded.catalogue.codeBook).toEqual(v1);

    const page = v1.families['f']!;
    const broken: [unknown, string][] = [
      [{ ...v1, families: { f: { ...page, fixes: ['fix-a', 'fix-a'] } } }, 'listed twice'],
      [{ ...v1, families: { f: { ...page, added: { 1: { questions: 1 } } } } }, 'version 1'],
      [
        { version: 2, families: { f: { ...page, added: { 2: { questions: 9 } } } } },
        'more questions added than listed',
      ],
      [{ ...v1, families: { f: { ...page, since: 2 } } }, 'added in version 2'],
      [{ ...v1, families: { f: { ...page, answers: { q1: ['yes'] } } } }, 'no answer list'],
    ];
    for (const [book, problem] of broken) {
      const result = loadCatalogue(sources(book));
      expect(result.ok, problem).toBe(false);
      if (result.ok) continue;
      expect(new Set(result.issues.map((i) => i.file))).toEqual(new Set([CODE_BOOK_FILE]));
      expect(result.issues.map((i) => i.message).join(' | ')).toContain(problem);
    }
    const twice = loadCatalogue([...sources(v1), { file: 'more.json', data: { codeBook: v1 } }]);
    expect(twice.ok).toBe(false);
  });
});

describe('lintCodeBook', () => {
  const rules = (cat: Catalogue) =>
    lintCodeBook(cat).map((f) => `${f.rule}: ${f.where}: ${f.message}`);

  it('finds nothing when the book lists every id', () => {
    expect(rules({ ...tiny, codeBook: v1 })).toEqual([]);
    expect(rules({ ...later(), codeBook: extendCodeBook(later(), v1) })).toEqual([]);
  });

  it('names every id the book lacks, and a missing book', () => {
    const run = 'not in the code book: run npm run rules:codebook';
    expect(rules({ ...later(), codeBook: v1 })).toEqual([
      `code-book: family f: question "q3" ${run}`,
      `code-book: family f: answer "q1=sometimes" ${run}`,
      `code-book: family f: answer "q3=yes" ${run}`,
      `code-book: family f: answer "q3=no" ${run}`,
      `code-book: family f: fix "fix-c" ${run}`,
    ]);
    expect(rules(tiny)).toEqual(['code-book: code-book.json: missing: run npm run rules:codebook']);
  });

  it('finds nothing on the real catalogue and its book', () => {
    const real = buildCatalogue(resolve('rules'));
    expect(real.codeBook?.version).toBeGreaterThanOrEqual(1);
    expect(lintCodeBook(real)).toEqual([]);
  });
});
