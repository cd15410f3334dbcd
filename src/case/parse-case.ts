import * as z from 'zod/mini';
import { renameAnswer, renameObservation } from '../catalogue/aliases.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { familyModel, type FamilyModel } from '../engine/model.ts';
import { IDENTIFIER_PARAMS, type CaseState } from './case-params.ts';

/** What a link may carry at most; longer parameters are cut and reported. */
export const MAX_PARAM = 2000;
const MAX_PAIRS = 120;

/*
 * Every part of a link is checked with zod (the small `zod/mini` build, loaded with the
 * wizard, not the start screen). Parts are checked one by one, so a tampered link keeps
 * every valid answer and names each bad part (decision 0005).
 */
const param = z.string().check(z.maxLength(MAX_PARAM));
const caseId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));
const identifier = Object.fromEntries(
  Object.entries(IDENTIFIER_PARAMS).map(([name, { pattern }]) => [
    name,
    z.string().check(z.regex(pattern)),
  ]),
);

/** What the family can use: a question with one of its answers, a fix of its causes. */
function linkSchemas(model: FamilyModel) {
  const answerOk = (pair: string) => {
    const [q = '', a = ''] = pair.split('.');
    const question = model.questionById.get(q);
    return Boolean(question && (a === DONT_KNOW || question.answers.includes(a)));
  };
  return {
    answer: z.string().check(z.regex(/^[a-z0-9-]+\.[A-Za-z0-9-]+$/), z.refine(answerOk)),
    fix: z.string().check(z.refine((f) => model.fixChance.has(f))),
  };
}
const schemasByModel = new WeakMap<FamilyModel, ReturnType<typeof linkSchemas>>();

/** "question.answer" split at its first dot. */
const splitPair = (pair: string): [string, string] => {
  const dot = pair.indexOf('.');
  return [pair.slice(0, dot), pair.slice(dot + 1)];
};

export type ParsedCase = { state: CaseState; ignored: string[] };

export function parseCase(catalogue: Catalogue, family: string, search: string): ParsedCase {
  const params = new URLSearchParams(search);
  const model = familyModel(catalogue, family);
  let schemas = schemasByModel.get(model);
  if (!schemas) schemasByModel.set(model, (schemas = linkSchemas(model)));
  const ignored: string[] = [];
  const valid = (schema: z.ZodMiniType, value: string) => schema.safeParse(value).success;
  const read = (name: string) => {
    const value = params.get(name) ?? '';
    if (valid(param, value)) return value;
    ignored.push(`${name}=${value.slice(0, 24)}…`);
    return '';
  };
  const state: CaseState = { family, order: [], answers: {}, failedFixes: [] };
  // Ids merged since the link was made are read as what they became (rules/aliases.json).
  const { aliases } = catalogue;
  for (const pair of read('a').split('_').filter(Boolean).slice(0, MAX_PAIRS)) {
    const [q, a] = pair.includes('.') ? renameAnswer(aliases, ...splitPair(pair)) : [pair, ''];
    if (!valid(schemas.answer, `${q}.${a}`) || state.answers[q] !== undefined) ignored.push(pair);
    else {
      state.answers[q] = a;
      state.order.push(q);
    }
  }
  for (const fix of read('x').split('_').filter(Boolean)) {
    if (valid(schemas.fix, fix) && !state.failedFixes.includes(fix)) state.failedFixes.push(fix);
    else ignored.push(fix);
  }
  const known = new Set(catalogue.observations.map((o) => o.id));
  for (const said of read('o').split('_').filter(Boolean).slice(0, MAX_PAIRS)) {
    const obs = renameObservation(aliases, said);
    if (known.has(obs) && !state.story?.includes(obs)) state.story = [...(state.story ?? []), obs];
    else ignored.push(said);
  }
  for (const fix of read('d').split('_').filter(Boolean)) {
    if (valid(schemas.fix, fix) && !state.deferred?.includes(fix))
      state.deferred = [...(state.deferred ?? []), fix];
    else ignored.push(fix);
  }
  const ok = read('ok');
  if (ok) {
    if (valid(schemas.fix, ok)) state.fixed = ok;
    else ignored.push(ok);
  }
  for (const [name, { field }] of Object.entries(IDENTIFIER_PARAMS)) {
    const value = read(name);
    if (!value) continue;
    if (valid(identifier[name]!, value))
      state.identifiers = { ...state.identifiers, [field]: value };
    else ignored.push(`${name}=${value.slice(0, 24)}`);
  }
  const id = read('id');
  if (id) {
    if (valid(caseId, id)) state.id = id;
    else ignored.push(`id=${id.slice(0, 24)}`);
  }
  return { state, ignored };
}
