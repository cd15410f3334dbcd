import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { familyModel } from '../engine/model.ts';
import { IDENTIFIER_PARAMS, type CaseState } from './case-params.ts';

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
