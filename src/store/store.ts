import { create } from 'zustand';
import { createCasesSlice, type CasesSlice } from './cases-slice.ts';
import { createOutcomesSlice, type OutcomesSlice } from './outcomes-slice.ts';
import type { PersistedState } from './persisted-state.ts';
import { persistence } from './persistence.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';

export type AppState = CasesSlice & OutcomesSlice & SettingsSlice;
export const STORAGE_KEY = 'pos-wizard';
export const STORAGE_VERSION = 1;

const stored = persistence({
  key: STORAGE_KEY,
  version: STORAGE_VERSION,
  // Deferred: the store may not exist yet while it is being created.
  onProblem: (notice) => queueMicrotask(() => useAppStore.getState().setNotice(notice)),
});

/**
 * What survives a reload: language, mode, recent cases and the outcome log, never the
 * quiz or notices.
 */
const persisted = (s: AppState): PersistedState => ({
  lang: s.lang,
  agentMode: s.agentMode,
  cases: s.cases,
  outcomes: s.outcomes,
});

/**
 * A first visit: Chinese, counter mode, nothing saved, no notice. The page's start
 * screen is prerendered in this state (scripts/prerender.tsx), and only a visit in it
 * takes that screen over as it is (src/main.tsx).
 */
export const FIRST_VISIT = { lang: 'zh', agentMode: false, notice: null, cases: {} } as const;
export const isFirstVisit = (s: AppState): boolean =>
  s.lang === FIRST_VISIT.lang &&
  s.agentMode === FIRST_VISIT.agentMode &&
  s.notice === FIRST_VISIT.notice &&
  Object.keys(s.cases).length === 0;

export const useAppStore = create<AppState>()((...a) => ({
  ...createCasesSlice(...a),
  ...createOutcomesSlice(...a),
  ...createSettingsSlice(...a),
  ...stored.load(),
}));

useAppStore.subscribe((state, before) => {
  const now = persisted(state);
  const then = persisted(before);
  if ((Object.keys(now) as (keyof PersistedState)[]).some((k) => now[k] !== then[k]))
    stored.save(now);
});
