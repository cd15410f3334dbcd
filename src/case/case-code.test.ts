import { describe, expect, it } from 'vitest';
import { cause, tinyCatalogue, yesNo } from '../../tests/fixtures/tiny-catalogue.ts';
import { extendCodeBook } from '../catalogue/code-book.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { CaseState } from './case-params.ts';
import { decodeCase, encodeCase } from './case-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The tiny catalogue with a code book made from it (version 1). */
const withBook = (cat: Catalogue): Catalogue => ({
  ...cat,
  codeBook: extendCodeBook(cat, undefined),
});
const cat = withBook(tinyCatalogue());

/*
 * The check character, written out again from decision 0014 rather than imported: the
 * polynomial of the symbols over GF(32) (modulo x⁵ + x² + 1) at α = x must be zero.
 */
const times2 = (s: number) => (s & 16 ? (s << 1) ^ 0b100101 : s << 1);
const checked = (data: number[]) => [...data, times2(data.reduce((r, s) => times2(r) ^ s, 0))];
/** A code from the bits of its fields (padded with zeros), with its check character. */
const fromBits = (bits: string) => {
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  const data = padded.match(/.{5}/g)!.map((b) => parseInt(b, 2));
  return checked(data)
    .map((s) => ALPHABET[s])
    .join('');
};

const state = (over: Partial<CaseState> = {}): CaseState => ({
  family: 'f',
  order: ['q2', 'screen-code', 'q1'],
  answers: { q2: 'dont-know', 'screen-code': '97', q1: 'no' },
  failedFixes: ['fix-b'],
  fixed: 'fix-a',
  deferred: [],
  ...over,
});

describe('case code', () => {
  it('gives back the case: answers in their order, fixes failed, fixed and put off', () => {
    const s = state({ failedFixes: ['fix-b', 'fix-a'], fixed: undefined, deferred: ['fix-b'] });
    expect(decodeCase(cat, encodeCase(cat, s))).toEqual({
      ok: true,
      state: { ...s, story: [] },
      dropped: [],
    });
    const other = state();
    expect(decodeCase(cat, encodeCase(cat, other))).toEqual({
      ok: true,
      state: { ...other, story: [] },
      dropped: [],
    });
  });

  it('leaves out the story, the case id and the identifiers', () => {
    const s = state({ story: ['obs-a'], id: 'abc', identifiers: { terminalNo: '12345678' } });
    const decoded = decodeCase(cat, encodeCase(cat, s));
    expect(decoded.ok && decoded.state).toEqual({ ...state(), story: [] });
  });

  it('writes the fields bit by bit as the decision record lays them out', () => {
    // version 1 (Exp-Golomb k=2 of 0: 100), one family (no bits), no answers (k=3 of 0:
    // 1000), no fixes (0), two bits of padding: 10010 00000 = "J0", check "2".
    const empty = state({ order: [], answers: {}, failedFixes: [], fixed: undefined });
    expect(encodeCase(cat, empty)).toBe('J02');
    expect(fromBits('10010000')).toBe('J02');
    // q1 (index 0 of 3: 0), answer "no" (index 2 of 3: 11), then fix-a fixed: any fixes
    // (1), none failed (1), fixed (1), fix-a (index 0 of 2: 0), none deferred (1).
    const one = state({ order: ['q1'], answers: { q1: 'no' }, failedFixes: [] });
    expect(encodeCase(cat, one)).toBe(
      fromBits('100' + '1001' + '0' + '11' + '1' + '1' + '1' + '0' + '1'),
    );
  });

  it('shows the code in groups of four', () => {
    const code = encodeCase(cat, state());
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-)*[0-9A-HJKMNP-TV-Z]{1,4}$/);
    const flat = code.replaceAll('-', '');
    expect(flat.length).toBeGreaterThan(4);
    expect(code).toBe(`${flat.slice(0, 4)}-${flat.slice(4)}`);
  });

  it('reads a code typed carelessly: any case, any spacing, O for 0, I and L for 1', () => {
    // Small cases whose codes have a 0 in them, and a 1.
    const answers = ['yes', 'no', 'dont-know'];
    const codes = answers.flatMap((q1) =>
      ['97', '03', 'none', 'dont-know'].flatMap((code) =>
        [undefined, 'fix-a', 'fix-b'].map((fixed) =>
          encodeCase(cat, state({ answers: { q2: 'yes', 'screen-code': code, q1 }, fixed })),
        ),
      ),
    );
    for (const code of [codes.find((c) => c.includes('0'))!, codes.find((c) => c.includes('1'))!]) {
      const want = decodeCase(cat, code);
      expect(want.ok).toBe(true);
      for (const typed of [
        code.toLowerCase(),
        code.replaceAll('-', ''),
        code.replaceAll('-', '').split('').join(' '),
        ` ${code.slice(0, 2)} - ${code.slice(2)} `,
        code.replaceAll('0', 'O').replaceAll('1', 'I'),
        code.replaceAll('0', 'o').replaceAll('1', 'l'),
        // Full-width, as a Chinese keyboard may type it.
        [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
      ]) {
        expect(typed).not.toBe(code);
        expect(decodeCase(cat, typed), typed).toEqual(want);
      }
    }
  });

  it('names the group of an unknown character; U is one', () => {
    const code = encodeCase(cat, state()).replaceAll('-', '');
    expect(decodeCase(cat, `${code.slice(0, 4)}U${code.slice(5)}`)).toEqual({
      ok: false,
      error: 'char',
      group: 2,
    });
    expect(decodeCase(cat, `${code.slice(0, 2)}*${code.slice(3)}`)).toEqual({
      ok: false,
      error: 'char',
      group: 1,
    });
    expect(decodeCase(cat, `${code.slice(0, 4)} - ${code.slice(4)}!`)).toMatchObject({
      error: 'char',
      group: 2,
    });
  });

  it('refuses a wrong or swapped character without naming a group', () => {
    const code = encodeCase(cat, state()).replaceAll('-', '');
    const wrong = `${code.slice(0, 1)}${code[1] === 'A' ? 'B' : 'A'}${code.slice(2)}`;
    expect(decodeCase(cat, wrong)).toEqual({ ok: false, error: 'check' });
    const i = [...code].findIndex((c, k) => c !== code[k + 1]);
    const swapped = `${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`;
    expect(decodeCase(cat, swapped)).toEqual({ ok: false, error: 'check' });
  });

  it('refuses codes too short or too long for what they say', () => {
    for (const code of ['', '-', 'J', 'x'.repeat(2000).replaceAll('x', '0')])
      expect(decodeCase(cat, code), code).toEqual({ ok: false, error: 'length' });
    // One character of fields: the answer count is cut off.
    expect(decodeCase(cat, fromBits('10010'))).toEqual({ ok: false, error: 'length' });
    // A character more than the fields need.
    expect(decodeCase(cat, fromBits('1001000000' + '00000'))).toEqual({
      ok: false,
      error: 'length',
    });
    // Padding that is not zero: damage the check did not see.
    expect(decodeCase(cat, fromBits('1001000001'))).toEqual({ ok: false, error: 'check' });
  });

  it('says when a code comes from a newer code book, or a family this app lacks', () => {
    // version 2 (Exp-Golomb k=2 of 1: 101), while this book is version 1.
    expect(decodeCase(cat, fromBits('101' + '1000' + '0'))).toEqual({ ok: false, error: 'newer' });
    const base = tinyCatalogue();
    const twoFamilies: Catalogue = {
      ...base,
      families: [...base.families, { ...base.families[0]!, id: 'g', order: 2 }],
    };
    const withG = withBook(twoFamilies);
    const code = encodeCase(withG, state({ family: 'g', order: ['q1'], answers: { q1: 'yes' } }));
    expect(decodeCase(withG, code).ok).toBe(true);
    // The family was retired; the book still lists it.
    const withoutG = { ...withG, families: base.families };
    expect(decodeCase(withoutG, code)).toEqual({ ok: false, error: 'family' });
  });

  it('drops what the catalogue no longer has, names it, and keeps the rest', () => {
    const code = encodeCase(cat, state({ answers: { ...state().answers, q2: 'yes' } }));
    const base = tinyCatalogue();
    const later: Catalogue = {
      ...base,
      questions: base.questions.filter((q) => q.id !== 'q2'),
      causes: [base.causes[0]!, cause('b', [{ fix: 'fix-a', chance: 'rarely' }])],
      fixes: base.fixes.filter((f) => f.id !== 'fix-b'),
      codeBook: cat.codeBook,
    };
    expect(decodeCase(later, code)).toEqual({
      ok: true,
      state: {
        family: 'f',
        order: ['screen-code', 'q1'],
        answers: { 'screen-code': '97', q1: 'no' },
        failedFixes: [],
        fixed: 'fix-a',
        deferred: [],
        story: [],
      },
      dropped: ['q2.yes', 'fix-b'],
    });
  });

  it('reads a code made with an older book after the book grew past a power of two', () => {
    const base = tinyCatalogue();
    const grown: Catalogue = {
      ...base,
      questions: [
        ...base.questions,
        ...['q3', 'q4', 'q5'].map((id) => yesNo(id)),
        {
          ...yesNo('q6'),
          answers: [...yesNo('q6').answers, { id: 'maybe', label: { zh: '也许', en: 'maybe' } }],
        },
      ],
      signs: {
        ...base.signs,
        a: {
          ...base.signs['a']!,
          answers: {
            ...base.signs['a']!.answers,
            q3: { yes: 'often' },
            q4: { yes: 'often' },
            q5: { yes: 'often' },
            q6: { yes: 'often' },
          },
        },
      },
      responseCodes: [...base.responseCodes, { ...base.responseCodes[0]!, code: 'A0' }],
    };
    const newer = { ...grown, codeBook: extendCodeBook(grown, cat.codeBook) };
    expect(newer.codeBook.version).toBe(2);
    const s = state();
    const old = encodeCase(cat, s);
    // The lists grew from 3 questions to 7 and from 3 codes to 4: other widths, another code.
    expect(encodeCase(newer, s)).not.toBe(old);
    expect(decodeCase(newer, old)).toEqual(decodeCase(cat, old));
    expect(decodeCase(newer, old).ok).toBe(true);
    expect(decodeCase(cat, encodeCase(newer, s))).toEqual({ ok: false, error: 'newer' });
    const both = state({
      order: ['q6', 'screen-code'],
      answers: { q6: 'maybe', 'screen-code': 'A0' },
    });
    expect(decodeCase(newer, encodeCase(newer, both))).toMatchObject({ ok: true, state: both });
  });

  it('reads ids merged since the code was made as what they became, dropping nothing', () => {
    // After the code was made, q2 became "q-two" and its answer "no" became "nope".
    const base = tinyCatalogue();
    const merged: Catalogue = {
      ...base,
      questions: base.questions.map((q) =>
        q.id === 'q2'
          ? {
              ...q,
              id: 'q-two',
              answers: [q.answers[0]!, { id: 'nope', label: { zh: '不', en: 'nope' } }],
            }
          : q,
      ),
      signs: {
        a: { answers: { q1: { yes: 'usually' }, 'q-two': { yes: 'never' } }, codes: {} },
        b: { ...base.signs['b']!, answers: { q1: { yes: 'rarely' }, 'q-two': { yes: 'always' } } },
      },
      aliases: { questions: { q2: 'q-two' }, answers: { 'q2.no': 'q-two.nope' }, observations: {} },
    };
    const later = { ...merged, codeBook: extendCodeBook(merged, cat.codeBook) };
    // The book keeps the old ids and appends the new ones.
    expect(later.codeBook.version).toBe(2);
    expect(later.codeBook.families['f']!.questions).toEqual(['q1', 'q2', 'screen-code', 'q-two']);
    const made = (q2: string) => encodeCase(cat, state({ answers: { ...state().answers, q2 } }));
    expect(decodeCase(later, made('no'))).toEqual({
      ok: true,
      state: {
        ...state({ order: ['q-two', 'screen-code', 'q1'] }),
        answers: { 'q-two': 'nope', 'screen-code': '97', q1: 'no' },
        story: [],
      },
      dropped: [],
    });
    const yes = decodeCase(later, made('yes'));
    expect(yes.ok && yes.state.answers).toEqual({ 'q-two': 'yes', 'screen-code': '97', q1: 'no' });
    // Without the alias map the old question is gone, and dropped.
    const forgotten = decodeCase({ ...later, aliases: undefined }, made('no'));
    expect(forgotten.ok && forgotten.dropped).toEqual(['q2.no']);
  });

  it('refuses to encode what the code book does not list', () => {
    const base = tinyCatalogue();
    const unlisted = {
      ...cat,
      responseCodes: [...base.responseCodes, { ...base.responseCodes[0]!, code: 'A0' }],
    };
    const s = state({ answers: { ...state().answers, 'screen-code': 'A0' } });
    expect(() => encodeCase(unlisted, s)).toThrow(/"A0".*npm run rules:codebook/);
    expect(() => encodeCase(base, state())).toThrow(/no code book/);
    expect(() => encodeCase(cat, state({ family: 'nowhere' }))).toThrow(/family "nowhere"/);
  });
});
