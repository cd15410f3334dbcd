import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { serialiseCase } from './case-params.ts';
import { parseCase } from './parse-case.ts';

/** The tiny catalogue after a merge: "old-q" became q1 ("si" now "yes"), "older-q" q2. */
const cat: Catalogue = {
  ...tinyCatalogue(),
  aliases: {
    questions: { 'old-q': 'q1', 'older-q': 'q2' },
    answers: { 'old-q.si': 'q1.yes' },
    observations: { 'obs-old': 'obs-a' },
  },
};

describe('a link made before ids were merged', () => {
  it('opens with the new ids and reports nothing as ignored', () => {
    const { state, ignored } = parseCase(cat, 'f', '?a=old-q.si_older-q.dont-know&o=obs-old');
    expect(ignored).toEqual([]);
    expect(state.order).toEqual(['q1', 'q2']);
    expect(state.answers).toEqual({ q1: 'yes', q2: 'dont-know' });
    expect(state.story).toEqual(['obs-a']);
    // Written back, the case names only the new ids.
    expect(serialiseCase(state)).toBe('?a=q1.yes_q2.dont-know&o=obs-a');
  });

  it('keeps an answer whose id did not change under the new question', () => {
    const { state, ignored } = parseCase(cat, 'f', '?a=old-q.no');
    expect(ignored).toEqual([]);
    expect(state.answers).toEqual({ q1: 'no' });
  });

  it('reads a second reading ("check again") of an old question as one of the new', () => {
    // A second reading exists for a question that may be misread, when people slip.
    const rereads: Catalogue = {
      ...cat,
      vocabulary: { ...cat.vocabulary, slip: 0.05 },
      questions: cat.questions.map((q) => (q.id === 'q1' ? { ...q, reread: true } : q)),
    };
    const { state, ignored } = parseCase(rereads, 'f', '?a=old-q.no_old-q--again.si');
    expect(ignored).toEqual([]);
    expect(state.answers).toEqual({ q1: 'no', 'q1--again': 'yes' });
  });

  it('counts an old id and its new one as the same question: the first answer stays', () => {
    const { state, ignored } = parseCase(cat, 'f', '?a=q1.no_old-q.si&o=obs-a_obs-old');
    expect(state.answers).toEqual({ q1: 'no' });
    expect(state.story).toEqual(['obs-a']);
    expect(ignored).toEqual(['old-q.si', 'obs-old']);
  });

  it('still names what no alias explains, as it was written', () => {
    const { state, ignored } = parseCase(cat, 'f', '?a=old-q.maybe_gone.yes&o=obs-gone');
    expect(state.order).toEqual([]);
    expect(ignored).toEqual(['old-q.maybe', 'gone.yes', 'obs-gone']);
  });
});
