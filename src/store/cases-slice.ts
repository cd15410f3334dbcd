import type { StateCreator } from 'zustand';

/** A case as kept on this device: its URL state plus identifiers that never go in a URL. */
export type SavedCase = {
  id: string;
  family: string;
  /** The case's query string (answers, fixes), as in the wizard's URL. */
  search: string;
  merchantNo: string;
  terminalNo: string;
  serialNo: string;
  /** When the case was opened: the hotline asks for the time of the failed sale. */
  createdAt: number;
  updatedAt: number;
};

export const MAX_RECENT = 10;

export type CasesSlice = {
  cases: Record<string, SavedCase>;
  saveCase: (c: Pick<SavedCase, 'id' | 'family'> & Partial<SavedCase>) => void;
  clearCases: () => void;
};

export const createCasesSlice: StateCreator<CasesSlice, [], [], CasesSlice> = (set) => ({
  cases: {},
  saveCase: (c) =>
    set((s) => {
      const before = s.cases[c.id];
      const merged: SavedCase = {
        search: '',
        merchantNo: '',
        terminalNo: '',
        serialNo: '',
        ...before,
        ...c,
        createdAt: before?.createdAt ?? c.createdAt ?? Date.now(),
        updatedAt: c.updatedAt ?? Date.now(),
      };
      const all = { ...s.cases, [c.id]: merged };
      // Keep only the most recent few: the device is someone's phone.
      const keep = Object.values(all)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, MAX_RECENT);
      return { cases: Object.fromEntries(keep.map((k) => [k.id, k])) };
    }),
  clearCases: () => set({ cases: {} }),
});
