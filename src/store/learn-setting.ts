import { useSyncExternalStore } from 'react';
import type { KeyValueStorage } from './persistence.ts';

/**
 * The opt-in "weigh causes by this device's history" (issue 16), and what a reset set
 * aside. Kept under its own key, outside the app store, because only the results and
 * "What fixed it" screens read it and the first download has no bytes to spare
 * (decision 0016). Off by default; private mode or a full disk keep it for the visit.
 */
export type LearnSetting = {
  on: boolean;
  /** Outcome ids present at the last reset: still in the log, no longer learned from. */
  skip: readonly string[];
};

export const LEARN_KEY = 'pos-wizard-learn';
const OFF: LearnSetting = { on: false, skip: [] };
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Whatever storage held, as a setting; anything unreadable is the default. */
export function readLearnSetting(raw: string | null): LearnSetting {
  try {
    const o = JSON.parse(raw ?? 'null') as { on?: unknown; skip?: unknown } | null;
    if (!o || typeof o !== 'object') return OFF;
    const skip = Array.isArray(o.skip)
      ? o.skip.filter((x): x is string => typeof x === 'string' && ID.test(x))
      : [];
    return { on: o.on === true, skip };
  } catch {
    return OFF;
  }
}

let storage: () => KeyValueStorage = () => localStorage;
let current: LearnSetting | null = null;
const listeners = new Set<() => void>();

function get(): LearnSetting {
  if (current) return current;
  try {
    current = readLearnSetting(storage().getItem(LEARN_KEY));
  } catch {
    current = OFF;
  }
  return current;
}

function set(next: LearnSetting) {
  current = next;
  try {
    storage().setItem(LEARN_KEY, JSON.stringify(next));
  } catch {
    // Kept in memory for this visit: the app store already tells the user once.
  }
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useLearnSetting = (): LearnSetting => useSyncExternalStore(subscribe, get, get);

export const setLearnOn = (on: boolean) => set({ ...get(), on });

/** Sets aside every outcome now in the log: learning starts again from the next case. */
export const resetLearned = (ids: readonly string[]) => set({ ...get(), skip: [...ids] });

/** For tests: another storage, and forget what was read. */
export function setLearnStorageForTests(next: () => KeyValueStorage) {
  storage = next;
  current = null;
}
