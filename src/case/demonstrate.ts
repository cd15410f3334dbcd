import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue, Scenario } from '../catalogue/schema.ts';
import { againOf } from '../engine/again.ts';
import { diagnose, type Diagnosis } from '../engine/diagnose.ts';
import { familyModel } from '../engine/model.ts';
import type { PlannedFix, RankedCause, StopReason } from '../engine/types.ts';

/** The engine asked a question and the scenario's caller answered it. */
export type DemoQuestion = {
  kind: 'question';
  question: string;
  answer: string;
  /** Expected information gain of the question when it was chosen, in bits. */
  gainBits: number;
  before: RankedCause[];
  after: RankedCause[];
};

/** The engine offered a fix inside the flow (decision 0012) and the caller tried it. */
export type DemoFix = {
  kind: 'fix';
  fix: string;
  /** P(the fix works | evidence) when it was offered. */
  chance: number;
  /** It fixed the fault; otherwise "still failing", which is evidence like an answer. */
  worked: boolean;
  before: RankedCause[];
  after: RankedCause[];
};

export type DemoStep = DemoQuestion | DemoFix;

/** Where the demonstration ends: where the live wizard would leave the questions. */
export type DemoEnd = {
  /** A fix offered in the flow worked, or the engine's own reason to stop asking. */
  reason: 'fixed' | StopReason;
  /** The fix that worked, when one did. */
  fixed?: string | undefined;
  /** The ranking the results screen shows (after a fix that worked, which is evidence). */
  causes: RankedCause[];
  /** The fix plan the results screen shows, cheapest first, without the fixes tried. */
  fixes: PlannedFix[];
  /** Plan steps worth trying before calling the acquirer (decision 0013; 0: call now). */
  callAfter: number;
  /** Fixes tried in the flow that did not work. */
  failedFixes: string[];
};

export type Demonstration = { steps: DemoStep[]; end: DemoEnd };

/**
 * A fix "fixes" the scenario when it has at least an even chance for its true cause: the
 * same rule as the field replay's caller (src/sim/flow.ts, `caseResponder`), so a demo
 * and `npm run bench` agree on when the flow ends with a working fix.
 */
export const FIX_WORKS_FROM = 0.5;

/** Steps at most: the budget's questions plus every fix the flow could offer. */
const GUARD = 200;

/**
 * Plays a scenario as the live wizard runs it, one `diagnose()` at a time: a fix offered
 * in the flow comes first and is answered "still failing" unless it fixes the scenario's
 * truth (then the case ends, as "That fixed it" ends it on the question screen);
 * otherwise the engine's question, answered from the scenario (a "check again" as the
 * first reading; "don't know" only where the scenario is silent). It stops where the
 * wizard stops and ends on what the results screen would show.
 */
export function demonstrate(catalogue: Catalogue, scenario: Scenario): Demonstration {
  const model = familyModel(catalogue, scenario.family);
  const truth = model.causes.indexOf(scenario.truth);
  const answers: Record<string, string> = {};
  const failedFixes: string[] = [];
  const steps: DemoStep[] = [];
  const end = (reason: DemoEnd['reason'], d: Diagnosis, fixed?: string): Demonstration => ({
    steps,
    end: { reason, fixed, causes: d.causes, fixes: d.fixes, callAfter: d.callAfter, failedFixes },
  });
  for (let guard = 0; guard < GUARD; guard++) {
    const d = diagnose(catalogue, {
      family: scenario.family,
      answers: { ...answers },
      failedFixes: [...failedFixes],
    });
    // One diagnosis per step: the ranking after a step is the one before the next.
    const last = steps.at(-1);
    if (last) last.after = d.causes;
    if (d.act) {
      const worked = (model.fixChance.get(d.act.fix)?.[truth] ?? 0) >= FIX_WORKS_FROM;
      const { fix, chance } = d.act;
      steps.push({ kind: 'fix', fix, chance, worked, before: d.causes, after: d.causes });
      if (worked) {
        // "Solved" is evidence too: the results rank the causes this fix works for first.
        const solved = diagnose(catalogue, {
          family: scenario.family,
          answers: { ...answers },
          failedFixes: [...failedFixes],
          workedFix: fix,
        });
        steps[steps.length - 1]!.after = solved.causes;
        return end('fixed', solved, fix);
      }
      failedFixes.push(fix);
      continue;
    }
    if (d.next.done) return end(d.next.reason, d);
    const { question, gainBits } = d.next;
    // The scenario's caller, asked to check again, sees the same thing as the first time.
    const answer = scenario.answers[againOf(question) ?? question] ?? DONT_KNOW;
    answers[question] = answer;
    steps.push({ kind: 'question', question, answer, gainBits, before: d.causes, after: [] });
  }
  const d = diagnose(catalogue, { family: scenario.family, answers, failedFixes });
  return end('budget', d);
}
