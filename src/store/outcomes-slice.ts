import type { StateCreator } from 'zustand';

/**
 * How one case ended, kept on this device so a shop or a trainer can see what fixed
 * what (issue 16). Ids only: titles come from the catalogue when shown, so the log
 * stays small and reads in either language.
 */
export type Outcome = {
  /** The case id: one outcome per case, a later one replaces it. */
  id: string;
  family: string;
  /** The confirmed cause, or null for "none of these fits". */
  cause: string | null;
  /** The fix that worked, or null when none did. */
  fix: string | null;
  /** Questions answered before the outcome. */
  questions: number;
  /** From the case's start to the outcome, rounded to 0.1. */
  minutes: number;
  /** Local date, yyyy-mm-dd. */
  date: string;
  /** The code book version of the catalogue the case ran on, when known. */
  catalogueVersion?: number;
};

/** A rolling log: about 150 bytes each, so at most ~75 kB of the phone's localStorage. */
export const MAX_OUTCOMES = 500;

export type OutcomesSlice = {
  /** Oldest first, in the order recorded or imported. */
  outcomes: Outcome[];
  recordOutcome: (o: Outcome) => void;
  clearOutcomes: () => void;
};

export const createOutcomesSlice: StateCreator<OutcomesSlice, [], [], OutcomesSlice> = (set) => ({
  outcomes: [],
  // Solved, undone, solved again: the case's last outcome is the one that counts.
  recordOutcome: (o) =>
    set((s) => ({
      outcomes: [...s.outcomes.filter((x) => x.id !== o.id), o].slice(-MAX_OUTCOMES),
    })),
  clearOutcomes: () => set({ outcomes: [] }),
});
