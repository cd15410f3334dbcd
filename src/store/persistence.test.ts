import { describe, expect, it, vi } from 'vitest';
import { persistence, type KeyValueStorage } from './persistence.ts';

const memory = (
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
};
const setup = (storage: KeyValueStorage) => {
  const onProblem = vi.fn();
  return { onProblem, p: persistence({ key: 'k', version: 1, onProblem, storage: () => storage }) };
};
const aCase = { id: 'c1', family: 'no-route', search: '?id=c1', createdAt: 1, updatedAt: 2 };
const anOutcome = {
  id: 'c1',
  family: 'no-route',
  cause: null,
  fix: null,
  questions: 3,
  minutes: 2.5,
  date: '2026-11-21',
};

describe('persistence', () => {
  it('saves and loads the same state', () => {
    const store = memory();
    const { p, onProblem } = setup(store);
    p.save({ lang: 'en', agentMode: true, cases: {}, outcomes: [anOutcome] });
    expect(JSON.parse(store.data.k!)).toEqual({
      state: { lang: 'en', agentMode: true, cases: {}, outcomes: [anOutcome] },
      version: 1,
    });
    expect(p.load()).toEqual({ lang: 'en', agentMode: true, cases: {}, outcomes: [anOutcome] });
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('drops corrupt JSON, removes it and says so once', () => {
    const store = memory({ k: '{"state": {"cases": [oops' });
    const { p, onProblem } = setup(store);
    expect(p.load()).toBeNull();
    expect(store.data.k).toBeUndefined();
    store.data.k = 'not json either';
    expect(p.load()).toBeNull();
    expect(onProblem.mock.calls).toEqual([['storageReset']]);
  });

  it('migrates a store written by an older version', () => {
    const old = { version: 0, state: { language: 'en', recent: [aCase, { id: '<x>' }] } };
    const { p } = setup(memory({ k: JSON.stringify(old) }));
    const loaded = p.load();
    expect(loaded?.lang).toBe('en');
    expect(Object.keys(loaded?.cases ?? {})).toEqual(['c1']);
  });

  it('treats valid JSON of the wrong shape as empty, not as a crash', () => {
    for (const raw of ['null', '42', '"text"', '[]', '{"state": 7}', '{"version": "x"}']) {
      const { p } = setup(memory({ k: raw }));
      expect(p.load()?.cases ?? {}).toEqual({});
    }
  });

  it('keeps working in memory when storage is unavailable (private mode)', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    const { p, onProblem } = setup(broken);
    expect(p.load()).toBeNull();
    expect(() => p.save({ cases: {}, outcomes: [] })).not.toThrow();
    expect(onProblem.mock.calls).toEqual([['storageUnavailable']]);
  });

  it('says once when storage is full, and never throws', () => {
    const full = memory();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const { p, onProblem } = setup(full);
    for (let i = 0; i < 3; i++) expect(() => p.save({ cases: {}, outcomes: [] })).not.toThrow();
    expect(onProblem.mock.calls).toEqual([['storageUnavailable']]);
  });
});
