/** The implicit cause that stands for "none of the listed causes". */
export const OTHER_CAUSE = 'other';

/** The question "which response code does the screen show?", built from the codes. */
export const SCREEN_CODE = 'screen-code';

/** Its answer when the screen shows text but no code. */
export const NO_CODE = 'none';

/** Everything known about one case: the engine's whole input besides the catalogue. */
export type CaseEvidence = {
  family: string;
  /**
   * questionId -> answerId (or "dont-know"). Order carries no meaning. A response code
   * read off the screen is the answer to SCREEN_CODE.
   */
  answers: Readonly<Record<string, string>>;
  /** Fixes tried without success. */
  failedFixes?: readonly string[] | undefined;
  /**
   * The fix that solved it, if one did: evidence like a failed fix, the other way round
   * (the causes it works for rise), so the ranking after "solved" names what was fixed.
   */
  workedFix?: string | undefined;
  /** Questions answered from the person's own story: facts they know, never re-read. */
  told?: readonly string[] | undefined;
  /** Fixes the person chose not to try now ("keep asking"): not offered in the flow again. */
  deferred?: readonly string[] | undefined;
  /**
   * Causes confirmed on this device, with how often (opt-in): the family's prior leans
   * towards this shop's fault mix (learned-prior.ts).
   */
  history?: Readonly<Record<string, number>> | undefined;
};

export type RankedCause = {
  id: string;
  probability: number;
};

/** One piece of evidence and how far it moves one cause, in bits (+ for, − against). */
export type EvidenceWeight = {
  source: { kind: 'answer'; question: string; answer: string } | { kind: 'fix'; fix: string };
  bits: number;
};

export type StopReason = 'confident' | 'exhausted' | 'budget';

export type NextStep =
  | { done: false; question: string; gainBits: number; score: number }
  | { done: true; reason: StopReason; best?: { question: string; gainBits: number } | undefined };

export type PlannedFix = {
  fix: string;
  /** P(this fix resolves the fault | evidence so far). */
  chance: number;
  effort: number;
  /** Causes it addresses, most probable first. */
  causes: string[];
};
