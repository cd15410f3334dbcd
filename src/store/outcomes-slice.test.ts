import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import {
  createOutcomesSlice,
  MAX_OUTCOMES,
  type Outcome,
  type OutcomesSlice,
} from './outcomes-slice.ts';
import { migrate, sanitise } from './persisted-state.ts';
import { persistence, type KeyValueStorage } from './persistence.ts';

const outcome = (id: string, extra: Partial<Outcome> = {}): Outcome => ({
  id,
  family: 'no-route',
  cause: 'acquirer-route',
  fix: 'reload-params',
  questions: 4,
  minutes: 3.2,
  date: '2026-11-21',
  ...extra,
});
const slice = () => create<OutcomesSlice>()((...a) => createOutcomesSlice(...a));

describe('the outcomes slice', () => {
  it('records outcomes in order', () => {
    const store = slice();
    store.getState().recordOutcome(outcome('a'));
    store.getState().recordOutcome(outcome('b'));
    expect(store.getState().outcomes.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it('replaces an earlier outcome of the same case (solved, undone, solved again)', () => {
    const store = slice();
    store.getState().recordOutcome(outcome('a', { fix: 'first' }));
    store.getState().recordOutcome(outcome('b'));
    store.getState().recordOutcome(outcome('a', { fix: 'second', cause: null }));
    const { outcomes } = store.getState();
    expect(outcomes.map((o) => [o.id, o.fix])).toEqual([
      ['b', 'reload-params'],
      ['a', 'second'],
    ]);
  });

  it(`keeps only the last ${MAX_OUTCOMES}`, () => {
    const store = slice();
    for (let i = 0; i < MAX_OUTCOMES + 7; i++) store.getState().recordOutcome(outcome(`c${i}`));
    const { outcomes } = store.getState();
    expect(outcomes).toHaveLength(MAX_OUTCOMES);
    expect(outcomes[0]?.id).toBe('c7');
    expect(outcomes.at(-1)?.id).toBe(`c${MAX_OUTCOMES + 6}`);
  });

  it('clears', () => {
    const store = slice();
    store.getState().recordOutcome(outcome('a'));
    store.getState().clearOutcomes();
    expect(store.getState().outcomes).toEqual([]);
  });
});

describe('outcomes in storage', () => {
  it('survive a save and a load', () => {
    const data: Record<string, string> = {};
    const storage: KeyValueStorage = {
      getItem: (k) => data[k] ?? null,
      setItem: (k, v) => void (data[k] = v),
      removeItem: (k) => void delete data[k],
    };
    const p = persistence({ key: 'k', version: 1, onProblem: () => {}, storage: () => storage });
    const log = [outcome('a'), outcome('b', { cause: null, fix: null, catalogueVersion: 3 })];
    p.save({ cases: {}, outcomes: log });
    expect(p.load()?.outcomes).toEqual(log);
  });

  it('load as an empty log from storage written before the log existed', () => {
    expect(sanitise({ lang: 'zh', cases: {} }).outcomes).toEqual([]);
    expect(migrate({ language: 'en', recent: [] }, 0).outcomes).toEqual([]);
  });

  it('drop what is broken and keep the rest', () => {
    const good = outcome('good');
    const broken = [
      null,
      'text',
      [],
      { ...good, id: '<script>' },
      { ...good, family: '' },
      { ...good, cause: 'has space' },
      { ...good, fix: 7 },
      { ...good, questions: -1 },
      { ...good, questions: 2.5 },
      { ...good, minutes: Number.NaN },
      { ...good, minutes: '3' },
      { ...good, date: '21/11/2026' },
      { ...good, date: undefined },
    ];
    const out = sanitise({ cases: {}, outcomes: [...broken, good] });
    expect(out.outcomes).toEqual([good]);
  });

  it('keep a valid catalogue version, drop a bad one and any unknown field', () => {
    const out = sanitise({
      outcomes: [
        { ...outcome('a', { catalogueVersion: 2 }), note: 'x' },
        { ...outcome('b'), catalogueVersion: -1 },
        { ...outcome('c'), catalogueVersion: '3' },
      ],
    });
    expect(out.outcomes).toEqual([
      outcome('a', { catalogueVersion: 2 }),
      outcome('b'),
      outcome('c'),
    ]);
  });

  it(`cut a stored log longer than ${MAX_OUTCOMES} to its newest`, () => {
    const many = Array.from({ length: MAX_OUTCOMES + 3 }, (_, i) => outcome(`c${i}`));
    const out = sanitise({ outcomes: many });
    expect(out.outcomes).toHaveLength(MAX_OUTCOMES);
    expect(out.outcomes[0]?.id).toBe('c3');
  });

  it('never throw on junk where the log should be', () => {
    for (const junk of [null, 42, 'x', {}, { length: 3 }])
      expect(sanitise({ outcomes: junk }).outcomes).toEqual([]);
  });
});
