import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue, Scenario } from '../catalogue/schema.ts';
import { againOf } from '../engine/again.ts';
import { familyModel } from '../engine/model.ts';
import { nextStep } from '../engine/next-question.ts';
import { posterior, rankCauses } from '../engine/posterior.ts';
import type { RankedCause } from '../engine/types.ts';

export type DemoStep = {
  question: string;
  answer: string;
  /** Expected information gain of the question when it was chosen, in bits. */
  gainBits: number;
  before: RankedCause[];
  after: RankedCause[];
};

/**
 * Plays a scenario through the engine: at each step the engine picks its question and
 * the scenario's caller answers it ("don't know" where the scenario is silent).
 */
export function demonstrate(catalogue: Catalogue, scenario: Scenario): DemoStep[] {
  const model = familyModel(catalogue, scenario.family);
  const answers: Record<string, string> = {};
  const steps: DemoStep[] = [];
  for (let guard = 0; guard < model.questions.length; guard++) {
    const evidence = { family: scenario.family, answers: { ...answers } };
    const p = posterior(model, evidence);
    const next = nextStep(model, evidence, p);
    if (next.done) break;
    // The scenario's caller, asked to check again, sees the same thing as the first time.
    const seen = againOf(next.question) ?? next.question;
    answers[next.question] = scenario.answers[seen] ?? DONT_KNOW;
    const after = rankCauses(model, posterior(model, { family: scenario.family, answers }));
    steps.push({
      question: next.question,
      answer: answers[next.question]!,
      gainBits: next.gainBits,
      before: rankCauses(model, p),
      after,
    });
  }
  return steps;
}
