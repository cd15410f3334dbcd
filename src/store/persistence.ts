import { migrate, type PersistedState } from './persisted-state.ts';
import type { Notice } from './settings-slice.ts';

/** The subset of Web Storage used here, so tests can hand in a full or broken one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Options = {
  key: string;
  version: number;
  /** Told once per problem: corrupt data was dropped, or storage cannot be written. */
  onProblem: (notice: Notice) => void;
  storage?: () => KeyValueStorage;
};

/**
 * Reads and writes the persisted part of the store as `{ state, version }` (the format
 * zustand's persist middleware used, so older data still loads). Never throws: private
 * mode, a full disk or corrupt JSON degrade to memory with a notice. Written by hand
 * rather than with the middleware because the first screen's JavaScript budget is tight
 * (docs/decisions/0007-first-screen-budget.md).
 */
export function persistence({ key, version, onProblem, storage = () => localStorage }: Options) {
  const told = new Set<Notice>();
  const problem = (notice: Notice) => {
    if (told.has(notice)) return;
    told.add(notice);
    onProblem(notice);
  };
  return {
    load(): PersistedState | null {
      let raw: string | null;
      try {
        raw = storage().getItem(key);
      } catch {
        problem('storageUnavailable');
        return null;
      }
      if (raw === null) return null;
      try {
        const stored = JSON.parse(raw) as { state?: unknown; version?: unknown };
        const from = typeof stored?.version === 'number' ? stored.version : 0;
        return migrate(stored?.state, from);
      } catch {
        try {
          storage().removeItem(key);
        } catch {
          // storage unavailable: nothing to remove
        }
        problem('storageReset');
        return null;
      }
    },
    save(state: PersistedState): void {
      try {
        storage().setItem(key, JSON.stringify({ state, version }));
      } catch {
        problem('storageUnavailable');
      }
    },
  };
}
