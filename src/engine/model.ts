import { DONT_KNOW, type Catalogue, type Condition } from '../catalogue/schema.ts';
import { answerDistribution, clamp } from './likelihood.ts';
import { OTHER_CAUSE } from './types.ts';

export type CompiledQuestion = {
  id: string;
  index: number;
  answers: string[];
  effort: number;
  when: Condition[];
  /** Natural-log likelihoods, [answer][cause]. */
  logLik: number[][];
  /** Plain likelihoods, [answer][cause], for expected-gain sums. */
  lik: number[][];
  /** log P(dont-know | cause), or null when "don't know" carries no evidence. */
  dontKnow: number[] | null;
};

/** Everything the engine needs about one family, derived once from the catalogue. */
export type FamilyModel = {
  family: string;
  causes: string[];
  logPrior: number[];
  questions: CompiledQuestion[];
  questionById: Map<string, CompiledQuestion>;
  /** code -> log P(code | cause). */
  codes: Map<string, number[]>;
  /** fixId -> P(fix resolves | cause), 0 where the fix does not address the cause. */
  fixChance: Map<string, number[]>;
  fixEffort: Map<string, number>;
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
    const lik = transpose(
      causes.map((c) => answerDistribution(question, signs[c]?.answers[question.id], vocabulary)),
    );
    if (!discriminates(lik)) continue;
    const dkTerms = causes.map((c) => signs[c]?.answers[question.id]?.[DONT_KNOW]);
    questions.push({
      id: question.id,
      index: questions.length,
      answers: question.answers.map((a) => a.id),
      effort: question.effort,
      when: question.when,
      lik,
      logLik: lik.map((row) => row.map(Math.log)),
      dontKnow: dkTerms.some(Boolean)
        ? dkTerms.map((t) => Math.log(vocabulary.terms[t ?? 'unrelated']))
        : null,
    });
  }

  const codes = new Map<string, number[]>();
  for (const { code } of catalogue.responseCodes) {
    codes.set(
      code,
      causes.map((c) => {
        if (c === OTHER_CAUSE) return Math.log(vocabulary.terms.seldom);
        return Math.log(vocabulary.terms[signs[c]?.codes[code] ?? 'rarely']);
      }),
    );
  }

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

  return {
    family: familyId,
    causes,
    logPrior,
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
    codes,
    fixChance,
    fixEffort,
    vocabulary,
  };
}

const transpose = (m: number[][]): number[][] =>
  (m[0] ?? []).map((_, a) => m.map((row) => row[a] ?? 0));

/** A question belongs to a family only if its answer tells the family's causes apart. */
const discriminates = (lik: number[][]): boolean =>
  lik.some((row) => row.some((p) => Math.abs(p - (row[0] ?? 0)) > 1e-9));

/** log P(fix still fails | cause): a fix that usually resolves a cause makes it unlikely. */
export const logFailed = (chance: number): number => Math.log(clamp(1 - chance));
