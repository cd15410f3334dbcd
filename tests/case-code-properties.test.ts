import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseState } from '../src/case/case-params.ts';
import { decodeCase, encodeCase } from '../src/case/case-code.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { DONT_KNOW } from '../src/catalogue/constants.ts';
import type { Catalogue } from '../src/catalogue/schema.ts';
import { familyModel } from '../src/engine/model.ts';

/*
 * Case codes on the real catalogue and its code book (decision 0014): every case comes
 * back whole, codes stay short enough to read aloud, and no single slip of the tongue or
 * pen turns one case into another.
 */
const catalogue = buildCatalogue(resolve('rules'));
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIMEOUT = 120_000;

/** A case of the family: distinct questions in random order, any answer or "don't know". */
const caseOf = (
  family: string,
  answers: { min: number; max: number },
  fixes: { max: number },
): fc.Arbitrary<CaseState> => {
  const model = familyModel(catalogue, family);
  const fixIds = [...model.fixChance.keys()];
  return fc
    .record({
      questions: fc.shuffledSubarray(model.questions, {
        minLength: answers.min,
        maxLength: answers.max,
      }),
      picks: fc.array(fc.nat(), { minLength: answers.max, maxLength: answers.max }),
      failedFixes: fc.shuffledSubarray(fixIds, { maxLength: fixes.max }),
      fixed: fc.option(fc.constantFrom(...fixIds), { nil: undefined }),
      deferred: fc.shuffledSubarray(fixIds, { maxLength: fixes.max }),
    })
    .map(({ questions, picks, failedFixes, fixed, deferred }) => ({
      family,
      order: questions.map((q) => q.id),
      answers: Object.fromEntries(
        questions.map((q, i) => {
          const choices = [...q.answers, DONT_KNOW];
          return [q.id, choices[picks[i]! % choices.length]!];
        }),
      ),
      failedFixes,
      fixed: fixes.max > 0 ? fixed : undefined,
      deferred,
    }));
};

const anyCase = (answers = { min: 0, max: 20 }, fixes = { max: 4 }) =>
  fc.constantFrom(...catalogue.families.map((f) => f.id)).chain((f) => caseOf(f, answers, fixes));

const symbolsOf = (code: string) => code.replaceAll('-', '');

describe('case codes on the real catalogue (fast-check)', () => {
  it(
    'decoding gives back family, order, answers and fixes exactly',
    () => {
      fc.assert(
        fc.property(anyCase(), (state) => {
          const decoded = decodeCase(catalogue, encodeCase(catalogue, state));
          expect(decoded).toEqual({ ok: true, state: { ...state, story: [] }, dropped: [] });
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT,
  );

  it('fits 16 characters up to 6 answers, and grows by under 2.5 per further answer', () => {
    fc.assert(
      fc.property(anyCase({ min: 0, max: 6 }, { max: 0 }), (state) => {
        expect(symbolsOf(encodeCase(catalogue, state)).length).toBeLessThanOrEqual(16);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyCase({ min: 7, max: 30 }, { max: 0 }), (state) => {
        const length = symbolsOf(encodeCase(catalogue, state)).length;
        expect(length).toBeLessThanOrEqual(16 + 2.5 * (state.order.length - 6));
      }),
      { numRuns: 1000 },
    );
  });

  it('costs at most 2 more characters per fix tried or put off', () => {
    fc.assert(
      fc.property(anyCase({ min: 0, max: 6 }, { max: 3 }), (state) => {
        const fixes = state.failedFixes.length + (state.fixed ? 1 : 0) + state.deferred!.length;
        expect(symbolsOf(encodeCase(catalogue, state)).length).toBeLessThanOrEqual(16 + 2 * fixes);
      }),
      { numRuns: 1000 },
    );
  });

  it(
    'catches every single wrong character and every swap of two neighbours',
    () => {
      let tried = 0;
      fc.assert(
        fc.property(anyCase(), (state) => {
          const symbols = symbolsOf(encodeCase(catalogue, state));
          const at = (i: number, text: string) =>
            `${symbols.slice(0, i)}${text}${symbols.slice(i + text.length)}`;
          for (let i = 0; i < symbols.length; i++) {
            for (const other of ALPHABET) {
              if (other === symbols[i]) continue;
              tried++;
              expect(decodeCase(catalogue, at(i, other))).toEqual({ ok: false, error: 'check' });
            }
            const next = symbols[i + 1];
            if (next === undefined || next === symbols[i]) continue;
            tried++;
            expect(decodeCase(catalogue, at(i, `${next}${symbols[i]}`))).toEqual({
              ok: false,
              error: 'check',
            });
          }
        }),
        { numRuns: 300 },
      );
      expect(tried).toBeGreaterThan(300 * 31 * 4);
    },
    TIMEOUT,
  );

  it('reads a code however it is typed: case, spacing, O for 0, I or L for 1', () => {
    const typings = fc.array(fc.nat(5), { minLength: 80, maxLength: 80 });
    fc.assert(
      fc.property(anyCase(), typings, (state, picks) => {
        const code = encodeCase(catalogue, state);
        const typed = [...symbolsOf(code)]
          .map((c, i) => {
            const pick = picks[i % picks.length]!;
            const misread = { '0': 'Oo', '1': 'IiLl' }[c]?.[pick % (c === '0' ? 2 : 4)];
            const letter = pick % 2 === 0 ? c.toLowerCase() : (misread ?? c);
            return pick === 5 ? ` ${letter}` : pick === 4 ? `${letter}-` : letter;
          })
          .join('');
        expect(decodeCase(catalogue, typed)).toEqual(decodeCase(catalogue, code));
      }),
      { numRuns: 500 },
    );
  });

  it('names a question the catalogue dropped since the code was made, and keeps the rest', () => {
    fc.assert(
      fc.property(anyCase({ min: 1, max: 10 }), fc.nat(), (state, pick) => {
        const gone = state.order[pick % state.order.length]!;
        const real = catalogue.questions.find((q) => q.id === gone);
        fc.pre(real !== undefined);
        const later: Catalogue = {
          ...catalogue,
          questions: catalogue.questions.filter((q) => q.id !== gone),
        };
        const decoded = decodeCase(later, encodeCase(catalogue, state));
        // Its "check again" goes with it: the model has no second reading of a question it lacks.
        const lost = (q: string) => q === gone || q === `${gone}--again`;
        const kept = state.order.filter((q) => !lost(q));
        expect(decoded).toEqual({
          ok: true,
          state: {
            ...state,
            order: kept,
            answers: Object.fromEntries(kept.map((q) => [q, state.answers[q]])),
            story: [],
          },
          dropped: state.order.filter(lost).map((q) => `${q}.${state.answers[q]}`),
        });
      }),
      { numRuns: 100 },
    );
  });
});
