import { describe, expect, it } from 'vitest';
import { migrate, sanitise } from './persisted-state.ts';

const good = {
  id: 'k1',
  family: 'no-route',
  search: '?a=x.y',
  merchantNo: '123',
  terminalNo: '12345678',
  serialNo: '',
  createdAt: 4,
  updatedAt: 5,
};

describe('persisted state', () => {
  it('keeps valid cases and drops broken ones', () => {
    const out = sanitise({
      lang: 'en',
      cases: { k1: good, bad: { id: '<b>', family: 'x' }, n: null, s: 'str' },
    });
    expect(out).toEqual({ lang: 'en', cases: { k1: good }, outcomes: [] });
  });

  it('survives anything storage might hold', () => {
    for (const junk of [null, 42, 'text', [], { cases: 'nope' }, { lang: 'fr', cases: [good] }])
      expect(() => sanitise(junk)).not.toThrow();
    expect(sanitise({ lang: 'fr' })).toEqual({ cases: {}, outcomes: [] });
  });

  it('cuts oversized fields', () => {
    const out = sanitise({ cases: { k1: { ...good, merchantNo: '9'.repeat(500) } } });
    expect(out.cases.k1?.merchantNo).toHaveLength(15);
  });

  it('migrates the version-0 shape', () => {
    expect(migrate({ language: 'zh', recent: [good] }, 0)).toEqual({
      lang: 'zh',
      cases: { k1: good },
      outcomes: [],
    });
  });
});
