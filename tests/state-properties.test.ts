import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseCase, withAnswer, type CaseState } from '../src/case/case-params.ts';
import { parseCase } from '../src/case/parse-case.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { DONT_KNOW } from '../src/catalogue/constants.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { familyModel } from '../src/engine/model.ts';
import { useAppStore } from '../src/store/store.ts';

/*
 * The UI's state layer, driven the way the screens drive it: every step is a new URL
 * (answer, edit, back through history, reset to a new case) and the language lives in
 * the store. Whatever the sequence, nothing throws and no committed answer is lost.
 */
const catalogue = buildCatalogue(resolve('rules'));

type Step =
  | { kind: 'answer'; pick: number; choice: number }
  | { kind: 'edit'; pick: number; choice: number }
  | { kind: 'back' }
  | { kind: 'reset'; family: number }
  | { kind: 'lang' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      pick: fc.nat(),
      choice: fc.nat(),
    }),
    weight: 4,
  },
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), choice: fc.nat() }),
  fc.constant({ kind: 'back' as const }),
  fc.record({ kind: fc.constant('reset' as const), family: fc.nat() }),
  fc.constant({ kind: 'lang' as const }),
);

/** One of the question's answers (the response code question included), or "don't know". */
const answerOf = (family: string, question: string, choice: number) => {
  const answers = familyModel(catalogue, family).questionById.get(question)!.answers;
  return [...answers, DONT_KNOW][choice % (answers.length + 1)]!;
};

describe('the UI state layer (fast-check)', () => {
  it('random answer / edit / back / reset / language sequences never throw or lose an answer', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), (steps) => {
        const start = (f: number): CaseState => ({
          family: catalogue.families[f % catalogue.families.length]!.id,
          order: [],
          answers: {},
          failedFixes: [],
          id: 'prop',
        });
        // The browser history: each entry is the URL a screen navigated to.
        const history: { family: string; search: string; committed: CaseState }[] = [];
        const push = (state: CaseState) =>
          history.push({ family: state.family, search: serialiseCase(state), committed: state });
        push(start(0));
        for (const s of steps) {
          const top = history.at(-1)!;
          // What the screen sees: the case parsed back from its URL.
          const { state, ignored } = parseCase(catalogue, top.family, top.search);
          expect(ignored).toEqual([]);
          expect(state.answers).toEqual(top.committed.answers);
          expect(state.order).toEqual(top.committed.order);
          const d = diagnose(catalogue, {
            family: state.family,
            answers: state.answers,
            failedFixes: [],
          });
          expect(d.causes.reduce((sum, c) => sum + c.probability, 0)).toBeCloseTo(1, 6);
          // The wizard's question, or after it would stop, the best one left ("keep going").
          const next = d.next.done ? d.next.best?.question : d.next.question;
          if (s.kind === 'answer' && next) {
            push(withAnswer(state, next, answerOf(state.family, next, s.choice)));
            answered += 1;
          } else if (s.kind === 'edit' && state.order.length > 0) {
            const qid = state.order[s.pick % state.order.length]!;
            push(withAnswer(state, qid, answerOf(state.family, qid, s.choice)));
          } else if (s.kind === 'back' && history.length > 1) history.pop();
          else if (s.kind === 'reset') push(start(s.family));
          else if (s.kind === 'lang') {
            const { lang, setLang } = useAppStore.getState();
            setLang(lang === 'zh' ? 'en' : 'zh');
          }
        }
        // Every entry still in history reopens exactly as it was committed.
        for (const h of history)
          expect(parseCase(catalogue, h.family, h.search).state.answers).toEqual(
            h.committed.answers,
          );
      }),
      { numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(1500); // the sequences really did answer questions
  });
});
