import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFieldCases } from '../scripts/field-cases.ts';
import type { CaseState } from '../src/case/case-params.ts';
import { serialiseCase } from '../src/case/case-params.ts';
import { decodeCase, encodeCase } from '../src/case/case-code.ts';
import { parseCase } from '../src/case/parse-case.ts';
import { renameAnswer } from '../src/catalogue/aliases.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { editionAt } from '../src/catalogue/code-book.ts';
import { DONT_KNOW } from '../src/catalogue/constants.ts';

/*
 * Questions that asked one fact under several ids were merged (issue 15): links, saved
 * cases (their query strings go through the same parser) and case codes made before
 * name the old ids, and must open with the new ones, nothing reported as dropped.
 */
const catalogue = buildCatalogue(resolve('rules'));
const aliases = catalogue.aliases!;
const book = catalogue.codeBook!;
/** The code book as it was before the merge: version 1 lists only the old ids. */
const BEFORE = 1;
const before = editionAt(book, BEFORE);
/** The real catalogue with the book cut back to the version before the merge. */
const atMerge = { ...catalogue, codeBook: { ...book, version: BEFORE } };

const renamed = (q: string) => renameAnswer(aliases, q, DONT_KNOW)[0] !== q;
/** Every old question, per family, with the answers the old book lists for it. */
const oldQuestions = before.families.flatMap((page) =>
  page.questions
    .filter(renamed)
    .map((question) => ({ family: page.id, question, answers: page.answers[question] ?? [] })),
);

/** The pair as a link from before the merge would name it, where it was renamed. */
function oldPair(family: string, question: string, answer: string): [string, string] {
  const page = before.families.find((f) => f.id === family)!;
  if (page.questions.includes(question)) return [question, answer];
  for (const old of page.questions.filter(renamed))
    for (const a of [...(page.answers[old] ?? []), DONT_KNOW]) {
      const [q, x] = renameAnswer(aliases, old, a);
      if (q === question && x === answer) return [old, a];
    }
  throw new Error(`no old id for ${family}: ${question}.${answer}`);
}

/** A fact added after the merge (a new question or answer): no link from before can name it. */
function addedSince(family: string, question: string, answer: string): boolean {
  const page = before.families.find((f) => f.id === family)!;
  if (page.questions.includes(question))
    return answer !== DONT_KNOW && !(page.answers[question] ?? []).includes(answer);
  return !page.questions
    .filter(renamed)
    .some((old) => renameAnswer(aliases, old, DONT_KNOW)[0] === question);
}

describe('ids merged into one question per fact', () => {
  it('lists every group of the merge', () => {
    expect(aliases.questions).toMatchObject({
      'route-ever-worked': 'ever-worked',
      'mnf-ever-worked': 'ever-worked',
      'tid-ever-worked': 'ever-worked',
      'route-first-day': 'merchant-change-today',
      'mnf-first-day': 'merchant-change-today',
      'mnf-app-device-list': 'app-device-list',
      'tid-app-device-list': 'app-device-list',
      'mnf-merchant-notice': 'acquirer-notice',
      'route-app-notice': 'acquirer-notice',
      'tid-acquirer-notice': 'acquirer-notice',
      'noresp-risk-notice': 'acquirer-notice',
    });
    expect(oldQuestions.length).toBeGreaterThanOrEqual(Object.keys(aliases.questions).length);
  });

  it('reads an old link with each old question and each of its answers as the new ones', () => {
    for (const { family, question, answers } of oldQuestions)
      for (const answer of [...answers, DONT_KNOW]) {
        const { state, ignored } = parseCase(catalogue, family, `?a=${question}.${answer}`);
        const [q, a] = renameAnswer(aliases, question, answer);
        expect(ignored, `${family}: ${question}.${answer}`).toEqual([]);
        expect(q).not.toBe(question);
        expect(state.order).toEqual([q]);
        expect(state.answers).toEqual({ [q]: a });
      }
  });

  it('maps renamed answers to the answer that says the same', () => {
    const read = (family: string, pair: string) =>
      parseCase(catalogue, family, `?a=${pair}`).state.answers;
    expect(read('no-route', 'route-ever-worked.worked')).toEqual({ 'ever-worked': 'yes' });
    expect(read('merchant-not-found', 'mnf-app-device-list.listed')).toEqual({
      'app-device-list': 'active',
    });
    expect(read('merchant-not-found', 'mnf-merchant-notice.frozen')).toEqual({
      'acquirer-notice': 'restricted',
    });
    expect(read('merchant-not-found', 'mnf-merchant-notice.rejected')).toEqual({
      'acquirer-notice': 'documents',
    });
    expect(read('terminal-unusable', 'tid-acquirer-notice.yes')).toEqual({
      'acquirer-notice': 'terminal',
    });
    expect(read('no-response', 'noresp-risk-notice.yes')).toEqual({
      'acquirer-notice': 'restricted',
    });
    expect(read('terminal-unusable', 'tid-app-device-list--again.missing')).toEqual({
      'app-device-list--again': 'missing',
    });
  });

  it('reads the story of an old link: merged observations become the shared one', () => {
    for (const [old, now] of Object.entries(aliases.observations)) {
      const { state, ignored } = parseCase(catalogue, 'no-route', `?o=${old}`);
      expect(ignored, old).toEqual([]);
      expect(state.story).toEqual([now]);
    }
  });

  for (const { family, cases } of readFieldCases()) {
    /** The field cases as their cases were written before the merge, where they could be. */
    const old = cases
      .filter((c) => !Object.entries(c.answers).some(([q, a]) => addedSince(family, q, a)))
      .map((c) => {
        const order = Object.keys(c.answers).map((q) => oldPair(family, q, c.answers[q]!));
        const state: CaseState = {
          family,
          order: order.map(([q]) => q),
          answers: Object.fromEntries(order),
          failedFixes: [],
        };
        return { c, state };
      });

    it(`${family}: a saved case from before the merge opens as today's field case`, () => {
      expect(old.length, 'cases old links can name').toBeGreaterThanOrEqual(cases.length - 3);
      for (const { c, state } of old) {
        const parsed = parseCase(catalogue, family, serialiseCase(state));
        expect(parsed.ignored, c.id).toEqual([]);
        expect(parsed.state.answers, c.id).toEqual(c.answers);
        expect(parsed.state.order, c.id).toEqual(Object.keys(c.answers));
      }
    });

    it(`${family}: a case code made before the merge decodes to the new ids`, () => {
      for (const { c, state } of old) {
        const code = encodeCase(atMerge, state);
        const decoded = decodeCase(catalogue, code);
        expect(decoded.ok && decoded.dropped, c.id).toEqual([]);
        expect(decoded.ok && decoded.state.answers, c.id).toEqual(c.answers);
        expect(decoded.ok && decoded.state.order, c.id).toEqual(Object.keys(c.answers));
      }
    });
  }
});
