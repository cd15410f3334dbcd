import { renameAnswer } from '../catalogue/aliases.ts';
import { editionAt, type FamilyLists } from '../catalogue/code-book.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue, CodeBook } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import type { CaseState } from './case-params.ts';
import { BitReader, BitWriter, OutOfBits, SYMBOL_BITS, toBits, toSymbols } from './code-bits.ts';

/*
 * The case code: a whole case in a few characters, "K3QZ-8M2T-…". On a phone call
 * between a clerk and a support agent words are the only channel both share, and a
 * case's URL is far too long to read out (issue 16). Decision 0014 gives the layout:
 *
 *   version − 1      Exp-Golomb, k = 2
 *   family           truncated binary over the book's families at that version
 *   answers n        Exp-Golomb, k = 3, then n × (question, answer), truncated binary
 *                    over the family's questions and over 1 + the question's answers
 *                    (0 = don't know)
 *   any fixes?       1 bit; if so: failed n (Exp-Golomb, k = 0) and their indices,
 *                    fixed? (1 bit) and its index, deferred n and their indices
 *   zeros to the end of the last character, then one check character.
 *
 * Indices point into the code book (rules/code-book.json), never into the catalogue,
 * so they keep their meaning when the catalogue changes.
 */

/** Crockford's base 32: no I, L, O or U, which are misread or misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Read aloud in groups of four, like a phone number. */
const GROUP = 4;
/** What a person may type for a character that is not in the alphabet. */
const MISREAD: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };
/** Anything longer is not a code: refused before any work. */
const MAX_SYMBOLS = 400;

const VERSION_K = 2;
const ANSWERS_K = 3;
const FIXES_K = 0;

export type DecodeError = 'length' | 'char' | 'check' | 'family' | 'newer';

/**
 * `group` (1-based, groups of four as the code is shown) is given only for 'char', where
 * the unknown character is known. A failed check cannot say which character is wrong:
 * at every place there is one wrong character that gives the very same failed check.
 * Naming a group anyway (say the check character's) would send the reader to the wrong
 * place three times in four, so the whole code must be read again.
 */
export type DecodeResult =
  | { ok: true; state: CaseState; dropped: string[] }
  | { ok: false; error: DecodeError; group?: number };

/** Thrown inside decoding when the fields make no case; the check missed the damage. */
class Malformed extends Error {}

/* ---- the check character --------------------------------------------------------- */

/**
 * Multiplication by α = x in GF(32), the field of 32 elements: polynomials over GF(2)
 * modulo x⁵ + x² + 1. Shift, and fold the x⁵ term back in.
 */
const timesAlpha = (s: number): number => (s & 16 ? (s << 1) ^ 0b100101 : s << 1);

/** Σ sᵢ·αⁿ⁻¹⁻ⁱ over the symbols, in GF(32) (Horner's rule; adding is XOR). */
const syndrome = (symbols: readonly number[]): number =>
  symbols.reduce((r, s) => timesAlpha(r) ^ s, 0);

/**
 * The check character makes the syndrome of the whole code zero. Integer weights mod 32
 * cannot catch both kinds of slip (a weight must be odd for every substitution to show,
 * and two odd weights differ by an even number, so some transpositions would not); in
 * a field every power of α is invertible, and so is α − 1. A substitution e at any place
 * changes the syndrome by αᵏ·e ≠ 0, an adjacent swap of x ≠ y by αᵏ·(x − y)·(α − 1) ≠ 0:
 * every such mistake is caught, and the check is an ordinary character of the alphabet.
 */
const withCheck = (data: readonly number[]): number[] => [...data, timesAlpha(syndrome(data))];

/* ---- characters ----------------------------------------------------------------- */

const groupOf = (position: number): number => Math.floor(position / GROUP) + 1;

const show = (symbols: readonly number[]): string => {
  const text = symbols.map((s) => ALPHABET[s]).join('');
  const groups = Math.ceil(text.length / GROUP);
  return Array.from({ length: groups }, (_, g) => text.slice(g * GROUP, (g + 1) * GROUP)).join('-');
};

/**
 * Reads what a person typed, forgivingly: any case; spaces and hyphens anywhere; I and
 * L as 1, O as 0; full-width characters from a Chinese keyboard as their plain forms.
 * U stays unknown: Crockford keeps it out so that no code reads as a word, and guessing
 * what it stood for would hide a mistake the caller should hear about.
 */
function readSymbols(input: string): { symbols: number[] } | { group: number } {
  const text = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—]/g, '');
  const symbols: number[] = [];
  for (const char of text) {
    const s = ALPHABET.indexOf(MISREAD[char] ?? char);
    if (s < 0) return { group: groupOf(symbols.length) };
    symbols.push(s);
  }
  return { symbols };
}

/* ---- encoding ------------------------------------------------------------------- */

function bookOf(catalogue: Catalogue): CodeBook {
  if (!catalogue.codeBook) throw new Error('the catalogue has no code book (rules/code-book.json)');
  return catalogue.codeBook;
}

/** Where `id` is in `list`; the catalogue lint makes sure every id the app can use is there. */
function indexIn(list: readonly string[], id: string, what: string): number {
  const i = list.indexOf(id);
  if (i < 0) throw new Error(`${what} "${id}" is not in the code book: run npm run rules:codebook`);
  return i;
}

/**
 * The case as a code of base-32 characters in groups of four. It carries the family,
 * every answer in the order given, and the fixes failed, fixed and put off. It leaves
 * out the story's observations (their answers are in `answers`, which is what the
 * ranking reads), the case id (the other side's copy is a new case) and any merchant or
 * terminal number (they never leave the device unless the user shares a link with them).
 */
export function encodeCase(catalogue: Catalogue, state: CaseState): string {
  const book = bookOf(catalogue);
  const edition = editionAt(book, book.version);
  const family = indexIn(
    edition.families.map((f) => f.id),
    state.family,
    'family',
  );
  const lists = edition.families[family]!;
  const out = new BitWriter();
  out.count(book.version - 1, VERSION_K);
  out.index(family, edition.families.length);
  writeAnswers(out, lists, state);
  writeFixes(out, lists.fixes, state);
  return show(withCheck(toSymbols(out.bits)));
}

function writeAnswers(out: BitWriter, lists: FamilyLists, state: CaseState): void {
  if (new Set(state.order).size !== state.order.length)
    throw new Error('a question is answered twice in the order');
  out.count(state.order.length, ANSWERS_K);
  for (const question of state.order) {
    const answer = state.answers[question];
    if (answer === undefined) throw new Error(`question "${question}" has no answer`);
    const answers = lists.answers[question] ?? [];
    out.index(indexIn(lists.questions, question, 'question'), lists.questions.length);
    const a = answer === DONT_KNOW ? 0 : indexIn(answers, answer, `answer ${question}`) + 1;
    out.index(a, answers.length + 1);
  }
}

function writeFixes(out: BitWriter, fixes: readonly string[], state: CaseState): void {
  const { failedFixes, fixed, deferred = [] } = state;
  const any = failedFixes.length > 0 || Boolean(fixed) || deferred.length > 0;
  out.fixed(any ? 1 : 0, 1);
  if (!any) return;
  const write = (id: string) => out.index(indexIn(fixes, id, 'fix'), fixes.length);
  out.count(failedFixes.length, FIXES_K);
  failedFixes.forEach(write);
  out.fixed(fixed ? 1 : 0, 1);
  if (fixed) write(fixed);
  out.count(deferred.length, FIXES_K);
  deferred.forEach(write);
}

/* ---- decoding ------------------------------------------------------------------- */

/** The case's ids as the code gave them, before the current catalogue is asked. */
type CodedCase = {
  family: string;
  answers: [question: string, answer: string][];
  failed: string[];
  fixed: string | undefined;
  deferred: string[];
};

const fail = (error: DecodeError, group?: number): DecodeResult =>
  group === undefined ? { ok: false, error } : { ok: false, error, group };

/**
 * The case a code stands for. Errors, in the order they are looked for: 'char' (with the
 * group holding the unknown character), 'length' (too short or too long to be a code, or
 * not as long as its own fields say), 'check' (a character is wrong, or two are swapped),
 * 'newer' (made with a code book this app does not have yet: update it), 'family' (a
 * family this catalogue no longer has). Answers and fixes the catalogue no longer has
 * are left out and named in `dropped` (`question.answer`, or the fix id); the rest is kept.
 */
export function decodeCase(catalogue: Catalogue, code: string): DecodeResult {
  if (code.length > MAX_SYMBOLS * 4) return fail('length');
  const read = readSymbols(code);
  if (!('symbols' in read)) return fail('char', read.group);
  const { symbols } = read;
  if (symbols.length < 2 || symbols.length > MAX_SYMBOLS) return fail('length');
  if (syndrome(symbols) !== 0) return fail('check');
  const book = bookOf(catalogue);
  try {
    const bits = new BitReader(toBits(symbols.slice(0, -1)));
    const version = bits.count(VERSION_K) + 1;
    if (version > book.version) return fail('newer');
    const coded = readCase(bits, editionAt(book, version).families);
    const rest = bits.rest();
    if (rest.length >= SYMBOL_BITS) return fail('length');
    if (rest.some(Boolean)) return fail('check');
    if (!coded || !catalogue.families.some((f) => f.id === coded.family)) return fail('family');
    return { ok: true, ...keepKnown(catalogue, coded) };
  } catch (error) {
    if (error instanceof OutOfBits) return fail('length');
    if (error instanceof Malformed) return fail('check');
    throw error;
  }
}

function readCase(
  bits: BitReader,
  families: readonly (FamilyLists & { id: string })[],
): CodedCase | undefined {
  if (families.length === 0) return undefined;
  const lists = families[bits.index(families.length)]!;
  const answers = readAnswers(bits, lists);
  return { family: lists.id, answers, ...readFixes(bits, lists.fixes) };
}

/** At most as many as the list has: more is no case, and reading on would take long. */
function readCount(bits: BitReader, k: number, most: number): number {
  const n = bits.count(k);
  if (n > most) throw new Malformed();
  return n;
}

function readAnswers(bits: BitReader, lists: FamilyLists): CodedCase['answers'] {
  const n = readCount(bits, ANSWERS_K, lists.questions.length);
  const out: CodedCase['answers'] = [];
  for (let i = 0; i < n; i++) {
    const question = lists.questions[bits.index(lists.questions.length)]!;
    if (out.some(([q]) => q === question)) throw new Malformed();
    const answers = lists.answers[question] ?? [];
    const a = bits.index(answers.length + 1);
    out.push([question, a === 0 ? DONT_KNOW : answers[a - 1]!]);
  }
  return out;
}

function readFixes(
  bits: BitReader,
  fixes: readonly string[],
): Pick<CodedCase, 'failed' | 'fixed' | 'deferred'> {
  if (bits.fixed(1) === 0) return { failed: [], fixed: undefined, deferred: [] };
  if (fixes.length === 0) throw new Malformed();
  const read = () => fixes[bits.index(fixes.length)]!;
  const list = () => Array.from({ length: readCount(bits, FIXES_K, fixes.length) }, read);
  const failed = list();
  const fixed = bits.fixed(1) === 1 ? read() : undefined;
  return { failed, fixed, deferred: list() };
}

/**
 * The coded case checked against the current catalogue, as a link is (decision 0005):
 * an id merged since the code was made is read as what it became (rules/aliases.json);
 * what the family no longer asks or offers is dropped and named, the rest kept in order.
 */
function keepKnown(
  catalogue: Catalogue,
  coded: CodedCase,
): { state: CaseState; dropped: string[] } {
  const model = familyModel(catalogue, coded.family);
  const dropped: string[] = [];
  const state: CaseState = {
    family: coded.family,
    order: [],
    answers: {},
    failedFixes: [],
    fixed: undefined,
    deferred: [],
    story: [],
  };
  for (const [codedQuestion, codedAnswer] of coded.answers) {
    const [question, answer] = renameAnswer(catalogue.aliases, codedQuestion, codedAnswer);
    const known = model.questionById.get(question);
    const fits = known && (answer === DONT_KNOW || known.answers.includes(answer));
    if (fits && state.answers[question] === undefined) {
      state.order.push(question);
      state.answers[question] = answer;
    } else dropped.push(`${codedQuestion}.${codedAnswer}`);
  }
  const known = (fix: string) => model.fixChance.has(fix) || (dropped.push(fix), false);
  state.failedFixes = coded.failed.filter(known);
  if (coded.fixed && known(coded.fixed)) state.fixed = coded.fixed;
  state.deferred = coded.deferred.filter(known);
  return { state, dropped };
}

/** The case's code for a screen or a ticket, or undefined when the book lacks an id. */
export function caseCodeOf(catalogue: Catalogue, state: CaseState): string | undefined {
  try {
    return encodeCase(catalogue, state);
  } catch {
    // A catalogue id the code book lacks (rules:check fails on it): no code, no crash.
    return undefined;
  }
}
