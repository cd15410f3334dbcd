import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createCasesSlice, type CasesSlice } from './cases-slice.ts';
import { migrate, sanitise } from './persisted-state.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';

export type AppState = CasesSlice & SettingsSlice;
export const STORAGE_KEY = 'pos-wizard';
export const STORAGE_VERSION = 1;

/** localStorage that never throws: private mode, a full disk or corrupt JSON degrade to memory. */
const safeStorage = (): StateStorage => ({
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      if (raw !== null) JSON.parse(raw);
      return raw;
    } catch {
      try {
        localStorage.removeItem(name);
      } catch {
        // storage unavailable: nothing to remove
      }
      queueMicrotask(() => useAppStore.getState().setNotice('storageReset'));
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      useAppStore.getState().setNotice('storageUnavailable');
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing stored, nothing to remove
    }
  },
});

export const useAppStore = create<AppState>()(
  persist((...a) => ({ ...createCasesSlice(...a), ...createSettingsSlice(...a) }), {
    name: STORAGE_KEY,
    version: STORAGE_VERSION,
    storage: createJSONStorage(safeStorage),
    partialize: (s) => ({ lang: s.lang, agentMode: s.agentMode, cases: s.cases }),
    migrate: (persisted, version) => migrate(persisted, version) as unknown as AppState,
    merge: (persisted, current) => ({ ...current, ...sanitise(persisted) }),
  }),
);
