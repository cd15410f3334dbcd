import type { Catalogue } from '../../src/catalogue/schema.ts';
import { familyModel } from '../../src/engine/model.ts';
import { caseResponder, runFlow } from '../../src/sim/flow.ts';
import { matchStory } from '../../src/story/match-story.ts';
import { storyAnswers } from '../../src/story/story-answers.ts';
import type { FieldCaseFile } from '../field-cases.ts';

/**
 * Every field case through the whole flow, as its caller would: the story's chips first,
 * then each question answered from the case ("don't know" otherwise), each fix offered
 * failing unless it addresses the expected cause, until the wizard stops by itself.
 */
export function fieldReplay(catalogue: Catalogue, files: readonly FieldCaseFile[]) {
  const runs = files.flatMap(({ family, cases }) =>
    cases.map((c) => {
      const model = familyModel(catalogue, family);
      const heard = matchStory(catalogue, c.story?.zh ?? '');
      const answers = c.story
        ? storyAnswers(catalogue, family, heard.observations, heard.code)
        : {};
      const flow = runFlow(
        model,
        { answers, told: Object.keys(answers) },
        caseResponder(model, c.answers, c.expected),
        'adaptive',
        model.causes.indexOf(c.expected),
      );
      return { id: c.id, ...flow };
    }),
  );
  const n = Math.max(1, runs.length);
  const q = runs.map((r) => r.questions).sort((a, b) => a - b);
  return {
    runs,
    report: {
      cases: runs.length,
      top1: Number((runs.filter((r) => r.rank === 0).length / n).toFixed(3)),
      top3: Number((runs.filter((r) => r.rank >= 0 && r.rank < 3).length / n).toFixed(3)),
      fixed: Number((runs.reduce((s, r) => s + r.fixed, 0) / n).toFixed(3)),
      medianQuestions: q[Math.floor((q.length - 1) / 2)] ?? 0,
      meanQuestions: Number((q.reduce((s, x) => s + x, 0) / n).toFixed(2)),
    },
  };
}
