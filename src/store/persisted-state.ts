import type { Lang } from '../i18n/i18n.ts';
import type { SavedCase } from './cases-slice.ts';

export type PersistedState = { lang?: Lang; agentMode?: boolean; cases: Record<string, SavedCase> };

const isString = (x: unknown): x is string => typeof x === 'string';
const ID = /^[A-Za-z0-9-]{1,64}$/;
const time = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function toCase(x: unknown): SavedCase | null {
  if (!x || typeof x !== 'object') return null;
  const c = x as Record<string, unknown>;
  if (!isString(c.id) || !ID.test(c.id) || !isString(c.family) || !ID.test(c.family)) return null;
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

/** Whatever storage held, the valid part of it; anything else is dropped. */
export function sanitise(raw: unknown): PersistedState {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const lang = o.lang === 'zh' || o.lang === 'en' ? o.lang : undefined;
  const list = o.cases && typeof o.cases === 'object' ? Object.values(o.cases as object) : [];
  const cases = Object.fromEntries(
    list.map(toCase).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const agentMode = typeof o.agentMode === 'boolean' ? { agentMode: o.agentMode } : {};
  return lang ? { lang, ...agentMode, cases } : { ...agentMode, cases };
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
