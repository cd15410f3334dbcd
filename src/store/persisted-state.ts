import type { Lang } from '../i18n/i18n.ts';
import type { SavedCase } from './cases-slice.ts';
import { MAX_OUTCOMES, type Outcome } from './outcomes-slice.ts';

export type PersistedState = {
  lang?: Lang;
  agentMode?: boolean;
  cases: Record<string, SavedCase>;
  /** Absent in storage written before issue 16: loads as an empty log. */
  outcomes: Outcome[];
};

const isString = (x: unknown): x is string => typeof x === 'string';
const ID = /^[A-Za-z0-9-]{1,64}$/;
const isId = (x: unknown): x is string => isString(x) && ID.test(x);
const time = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function toCase(x: unknown): SavedCase | null {
  if (!x || typeof x !== 'object') return null;
  const c = x as Record<string, unknown>;
  if (!isId(c.id) || !isId(c.family)) return null;
  const text = (v: unknown, max: number) => (isString(v) ? v.slice(0, max) : '');
  return {
    id: c.id,
    family: c.family,
    search: text(c.search, 4000),
    merchantNo: text(c.merchantNo, 15),
    terminalNo: text(c.terminalNo, 8),
    serialNo: text(c.serialNo, 40),
    createdAt: time(c.createdAt ?? c.updatedAt),
    updatedAt: time(c.updatedAt),
  };
}

const DATE = /^\d{4}-\d\d-\d\d$/;
const idOrNull = (v: unknown): v is string | null => v === null || isId(v);
const amount = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v < 1e7;
const count = (v: unknown): v is number => amount(v) && Number.isInteger(v);

/**
 * One outcome as stored (known fields only), or null. Checked by hand, not with the
 * import's zod schema: this runs on every start, and zod is kept out of the first
 * download (decision 0007). A bad catalogue version is dropped: the rest still counts.
 */
function toOutcome(x: unknown): Outcome | null {
  const {
    id,
    family,
    cause,
    fix,
    questions,
    minutes,
    date,
    catalogueVersion: v,
  } = (x ?? {}) as Record<string, unknown>;
  if (!isId(id) || !isId(family) || !idOrNull(cause) || !idOrNull(fix)) return null;
  if (!count(questions) || !amount(minutes) || !isString(date) || !DATE.test(date)) return null;
  return {
    id,
    family,
    cause,
    fix,
    questions,
    minutes,
    date,
    ...(count(v) && v > 0 && { catalogueVersion: v }),
  };
}

/** Whatever storage held, the valid part of it; anything else is dropped. */
export function sanitise(raw: unknown): PersistedState {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const lang = o.lang === 'zh' || o.lang === 'en' ? o.lang : undefined;
  const list = o.cases && typeof o.cases === 'object' ? Object.values(o.cases as object) : [];
  const cases = Object.fromEntries(
    list.map(toCase).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const outcomes = (Array.isArray(o.outcomes) ? o.outcomes : [])
    .map(toOutcome)
    .filter((x) => x !== null)
    .slice(-MAX_OUTCOMES);
  const agentMode = typeof o.agentMode === 'boolean' ? { agentMode: o.agentMode } : {};
  return { ...(lang && { lang }), ...agentMode, cases, outcomes };
}

/**
 * Version 0 (the first builds) stored `{ language, recent: SavedCase[] }`.
 * Later versions add a step here; every step ends in `sanitise`.
 */
export function migrate(persisted: unknown, version: number): PersistedState {
  if (version === 0 && persisted && typeof persisted === 'object') {
    const old = persisted as { language?: unknown; recent?: unknown };
    const recent = Array.isArray(old.recent) ? old.recent : [];
    return sanitise({
      lang: old.language,
      cases: Object.fromEntries(recent.map((c, i) => [i, c])),
    });
  }
  return sanitise(persisted);
}
