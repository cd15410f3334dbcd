import { create } from 'zustand';
import { createCasesSlice, type CasesSlice } from './cases-slice.ts';
import type { PersistedState } from './persisted-state.ts';
import { persistence } from './persistence.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';

export type AppState = CasesSlice & SettingsSlice;
export const STORAGE_KEY = 'pos-wizard';
export const STORAGE_VERSION = 1;

const stored = persistence({
  key: STORAGE_KEY,
  version: STORAGE_VERSION,
  // Deferred: the store may not exist yet while it is being created.
  onProblem: (notice) => queueMicrotask(() => useAppStore.getState().setNotice(notice)),
});

/** What survives a reload: language, mode and recent cases, never the quiz or notices. */
const persisted = (s: AppState): PersistedState => ({
  lang: s.lang,
  agentMode: s.agentMode,
  cases: s.cases,
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createCasesSlice(...a),
  ...createSettingsSlice(...a),
  ...stored.load(),
}));

useAppStore.subscribe((state, before) => {
  const now = persisted(state);
  const then = persisted(before);
  if (now.lang !== then.lang || now.agentMode !== then.agentMode || now.cases !== then.cases)
    stored.save(now);
});
