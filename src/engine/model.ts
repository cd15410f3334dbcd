import { DONT_KNOW } from '../catalogue/constants.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { againQuestion } from './again.ts';
import { answerDistribution, clamp } from './likelihood.ts';
import { compileCodeQuestion } from './code-question.ts';
import { compiled, discriminates, transpose, type CompiledQuestion } from './compiled-question.ts';
import { OTHER_CAUSE } from './types.ts';
import { questionAccess } from './answerability.ts';

/** Everything the engine needs about one family, derived once from the catalogue. */
export type FamilyModel = {
  family: string;
  causes: string[];
  logPrior: number[];
  questions: CompiledQuestion[];
  questionById: Map<string, CompiledQuestion>;
  /** Questions by where their answers come from. */
  bySource: Map<string, CompiledQuestion[]>;
  /** fixId -> P(fix resolves | cause), 0 where the fix does not address the cause. */
  fixChance: Map<string, number[]>;
  fixEffort: Map<string, number>;
  /** Per cause: could the customer already have been charged? */
  doubleCharge: boolean[];
  /** Fixes that take the customer's money again. */
  takesPayment: Set<string>;
  /** The family's "was the customer charged?" check, when it has one. */
  chargeCheck: string | undefined;
  vocabulary: Catalogue['vocabulary'];
};

const cache = new WeakMap<Catalogue, Map<string, FamilyModel>>();

/** The family's model, compiled on first use and then reused for the same catalogue. */
export function familyModel(catalogue: Catalogue, familyId: string): FamilyModel {
  let byFamily = cache.get(catalogue);
  if (!byFamily) cache.set(catalogue, (byFamily = new Map()));
  let model = byFamily.get(familyId);
  if (!model) byFamily.set(familyId, (model = compile(catalogue, familyId)));
  return model;
}

function compile(catalogue: Catalogue, familyId: string): FamilyModel {
  const family = catalogue.families.find((f) => f.id === familyId);
  if (!family) throw new Error(`unknown family "${familyId}"`);
  const { vocabulary, signs } = catalogue;
  const listed = Object.keys(family.causes).filter((id) =>
    catalogue.causes.some((c) => c.id === id),
  );
  const causes = [...listed, OTHER_CAUSE];
  const weights = listed.map((id) => family.causes[id] ?? 0);
  const total = weights.reduce((s, w) => s + w, 0);
  const logPrior = [
    ...weights.map((w) => Math.log(((1 - vocabulary.otherPrior) * w) / total)),
    Math.log(vocabulary.otherPrior),
  ];

  const questions: CompiledQuestion[] = [];
  for (const question of catalogue.questions) {
    if (question.families && !question.families.includes(familyId)) continue;
    const lik = transpose(
      causes.map((c) => answerDistribution(question, signs[c]?.answers[question.id], vocabulary)),
    );
    if (!discriminates(lik)) continue;
    const dkTerms = causes.map((c) => signs[c]?.answers[question.id]?.[DONT_KNOW]);
    questions.push({
      ...compiled(
        question.id,
        questions.length,
        question.answers.map((a) => a.id),
        lik,
      ),
      effort: question.effort,
      when: question.when,
      ...questionAccess(question, vocabulary),
      dontKnow: dkTerms.some(Boolean)
        ? dkTerms.map((t) => Math.log(vocabulary.terms[t ?? 'unrelated']))
        : null,
    });
  }

  // A reading that can be misread may be read a second time ("check again").
  for (const base of questions.filter((q) => q.reread)) {
    const again = againQuestion(base, questions.length, vocabulary.slip);
    if (again) questions.push(again);
  }

  const codeQuestion = compileCodeQuestion(catalogue, familyId, causes, questions.length);
  if (codeQuestion) questions.push(codeQuestion);

  const fixChance = new Map<string, number[]>();
  const fixEffort = new Map<string, number>();
  causes.forEach((id, ci) => {
    const cause = catalogue.causes.find((c) => c.id === id);
    for (const link of cause?.fixes ?? []) {
      const row = fixChance.get(link.fix) ?? causes.map(() => 0);
      row[ci] = vocabulary.terms[link.chance];
      fixChance.set(link.fix, row);
      fixEffort.set(link.fix, catalogue.fixes.find((f) => f.id === link.fix)?.effort ?? 60);
    }
  });

  const causeById = new Map(catalogue.causes.map((c) => [c.id, c]));
  return {
    family: familyId,
    causes,
    logPrior,
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
    bySource: groupBySource(questions),
    fixChance,
    fixEffort,
    doubleCharge: causes.map((id) => causeById.get(id)?.urgency.doubleCharge ?? false),
    takesPayment: new Set(catalogue.fixes.filter((f) => f.takesPayment).map((f) => f.id)),
    chargeCheck: family.chargeCheck,
    vocabulary,
  };
}

function groupBySource(questions: readonly CompiledQuestion[]): Map<string, CompiledQuestion[]> {
  const out = new Map<string, CompiledQuestion[]>();
  for (const q of questions) out.set(q.source, [...(out.get(q.source) ?? []), q]);
  return out;
}

/** log P(fix still fails | cause): a fix that usually resolves a cause makes it unlikely. */
export const logFailed = (chance: number): number => Math.log(clamp(1 - chance));
/** A fix that worked: the same clamp, so a fix never listed for a cause still leaves it possible. */
export const logWorked = (chance: number): number => Math.log(clamp(chance));

export type { CompiledQuestion };
