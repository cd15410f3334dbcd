import type { Catalogue } from '../catalogue/schema.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';
import { familyModel } from '../engine/model.ts';
import type { CaseEvidence } from '../engine/types.ts';

/**
 * A case lives in the URL: `?a=q1.yes_q2.dont-know&x=fix-a&ok=fix-b&id=k3x9`.
 * Ids are kebab-case and codes alphanumeric, so "." and "_" never occur inside them.
 */
export type CaseState = {
  family: string;
  /** Question ids in the order they were answered. */
  order: string[];
  answers: Record<string, string>;
  failedFixes: string[];
  fixed?: string | undefined;
  id?: string | undefined;
  /** Identifiers a share link carried because its sender chose to include them. */
  identifiers?: Partial<Record<IdentifierParam, string>> | undefined;
};

/** Share-link parameters for the identifiers, and the form each must have. */
export const IDENTIFIER_PARAMS = {
  m: { field: 'merchantNo', pattern: /^[0-9A-Za-z]{15}$/ },
  t: { field: 'terminalNo', pattern: /^[0-9A-Za-z]{8}$/ },
  s: { field: 'serialNo', pattern: /^[0-9A-Za-z-]{1,40}$/ },
} as const;
type IdentifierParam = (typeof IDENTIFIER_PARAMS)[keyof typeof IDENTIFIER_PARAMS]['field'];

/** What a link may carry at most; longer parameters are cut and reported. */
export const MAX_PARAM = 2000;
const MAX_PAIRS = 120;
const TOKEN = /^[A-Za-z0-9-]{1,64}$/;

export type ParsedCase = { state: CaseState; ignored: string[] };

export function parseCase(catalogue: Catalogue, family: string, search: string): ParsedCase {
  const params = new URLSearchParams(search);
  const model = familyModel(catalogue, family);
  const ignored: string[] = [];
  const param = (name: string) => {
    const value = params.get(name) ?? '';
    if (value.length <= MAX_PARAM) return value;
    ignored.push(`${name}=${value.slice(0, 24)}…`);
    return '';
  };
  const state: CaseState = { family, order: [], answers: {}, failedFixes: [] };
  for (const pair of param('a').split('_').filter(Boolean).slice(0, MAX_PAIRS)) {
    const [q = '', a = '', ...rest] = pair.split('.');
    const question = model.questionById.get(q);
    const valid =
      rest.length === 0 && question && (a === DONT_KNOW || question.answers.includes(a));
    if (!valid || state.answers[q] !== undefined) ignored.push(pair);
    else {
      state.answers[q] = a;
      state.order.push(q);
    }
  }
  for (const fix of param('x').split('_').filter(Boolean)) {
    if (model.fixChance.has(fix) && !state.failedFixes.includes(fix)) state.failedFixes.push(fix);
    else ignored.push(fix);
  }
  const ok = param('ok');
  if (ok) {
    if (model.fixChance.has(ok)) state.fixed = ok;
    else ignored.push(ok);
  }
  for (const [name, { field, pattern }] of Object.entries(IDENTIFIER_PARAMS)) {
    const value = param(name);
    if (!value) continue;
    if (pattern.test(value)) state.identifiers = { ...state.identifiers, [field]: value };
    else ignored.push(`${name}=${value.slice(0, 24)}`);
  }
  const id = param('id');
  if (id) {
    if (TOKEN.test(id)) state.id = id;
    else ignored.push(`id=${id.slice(0, 24)}`);
  }
  return { state, ignored };
}

export function serialiseCase(
  state: Omit<CaseState, 'family'>,
  identifiers?: Partial<Record<IdentifierParam, string>>,
): string {
  const params = new URLSearchParams();
  if (state.order.length)
    params.set('a', state.order.map((q) => `${q}.${state.answers[q]}`).join('_'));
  if (state.failedFixes.length) params.set('x', state.failedFixes.join('_'));
  if (state.fixed) params.set('ok', state.fixed);
  if (state.id) params.set('id', state.id);
  for (const [name, { field }] of Object.entries(IDENTIFIER_PARAMS)) {
    const value = identifiers?.[field];
    if (value) params.set(name, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const toEvidence = (state: CaseState): CaseEvidence => ({
  family: state.family,
  answers: state.answers,
  failedFixes: state.failedFixes,
});

/** The case with one answer set (or changed); a changed answer keeps its place in the order. */
export function withAnswer(state: CaseState, question: string, answer: string): CaseState {
  const order = state.order.includes(question) ? state.order : [...state.order, question];
  return { ...state, order, answers: { ...state.answers, [question]: answer }, fixed: undefined };
}

export const newCaseId = (): string => Math.random().toString(36).slice(2, 10);
