import type { Catalogue } from '../catalogue/schema.ts';
import type { CaseEvidence } from '../engine/types.ts';
import { storyAnswers } from '../story/story-answers.ts';
import type { CaseState } from './case-params.ts';

/**
 * What the engine reads of a case. With the catalogue, answers that came from the
 * person's story are marked as told (facts they know, never asked to re-read).
 * `history` is this device's confirmed causes, given only when the user opted in.
 * Apart from case-params.ts, which the start screen loads: this one pulls in the engine.
 */
export const toEvidence = (
  state: CaseState,
  catalogue?: Catalogue,
  history?: Readonly<Record<string, number>>,
): CaseEvidence => {
  const told =
    catalogue && state.story?.length ? storyAnswers(catalogue, state.family, state.story) : {};
  return {
    family: state.family,
    answers: state.answers,
    failedFixes: state.failedFixes,
    workedFix: state.fixed,
    told: Object.keys(told).filter((q) => state.answers[q] === told[q]),
    deferred: state.deferred,
    ...(history && { history }),
  };
};
