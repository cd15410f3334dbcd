import { DONT_KNOW } from '../src/catalogue/constants.ts';
import type { Catalogue, Scenario } from '../src/catalogue/schema.ts';
import type { Demonstration } from '../src/case/demonstrate.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { familyModel } from '../src/engine/model.ts';

/**
 * Walks a demonstration against the engine's own `diagnose()`, as the question screen
 * takes it: at each step the fix it offers comes first, else its next question; the
 * demo must end where it stops. Returns what disagrees (empty when the demo is the
 * wizard's own path), so a test names the step that went astray.
 */
export function replayDemo(catalogue: Catalogue, scenario: Scenario, demo: Demonstration) {
  const problems: string[] = [];
  const answers: Record<string, string> = {};
  const failedFixes: string[] = [];
  const model = familyModel(catalogue, scenario.family);
  const truth = model.causes.indexOf(scenario.truth);
  const now = () => diagnose(catalogue, { family: scenario.family, answers, failedFixes });
  for (const [i, step] of demo.steps.entries()) {
    const d = now();
    const expected = d.act ? `fix ${d.act.fix}` : d.next.done ? 'stop' : `ask ${d.next.question}`;
    const got = step.kind === 'fix' ? `fix ${step.fix}` : `ask ${step.question}`;
    if (got !== expected) problems.push(`step ${i + 1}: ${got}, the wizard would ${expected}`);
    if (step.kind === 'fix') {
      const works = (model.fixChance.get(step.fix)?.[truth] ?? 0) >= 0.5;
      if (step.worked !== works) problems.push(`step ${i + 1}: ${step.fix} worked=${step.worked}`);
      if (!step.worked) failedFixes.push(step.fix);
      else if (i !== demo.steps.length - 1) problems.push(`step ${i + 1}: went on after a fix`);
    } else {
      const base = step.question.replace(/--again$/, '');
      const known = scenario.answers[base] ?? DONT_KNOW;
      if (step.answer !== known) problems.push(`step ${i + 1}: ${step.question}=${step.answer}`);
      answers[step.question] = step.answer;
    }
  }
  if (demo.end.reason !== 'fixed') {
    const d = now();
    if (d.act || !d.next.done) problems.push('the wizard would go on after the last step');
    else if (d.next.reason !== demo.end.reason) problems.push(`stop reason ${demo.end.reason}`);
  }
  return problems;
}
