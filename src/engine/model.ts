import { DONT_KNOW, type Catalogue, type Condition, type Question } from '../catalogue/schema.ts';
import { answerDistribution, clamp } from './likelihood.ts';
import { OTHER_CAUSE, SCREEN_CODE } from './types.ts';

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

  return {
    family: familyId,
    causes,
    logPrior,
    questions,
    questionById: new Map(questions.map((q) => [q.id, q])),
    fixChance,
    fixEffort,
    vocabulary,
  };
}

const compiled = (id: string, index: number, answers: string[], lik: number[][]) => ({
  id,
  index,
  answers,
  lik,
  logLik: lik.map((row) => row.map(Math.log)),
  effort: 1,
  when: [],
  dontKnow: null,
});

/**
 * The response code on the screen, as one more question: its answers are the codes
 * that point to the family or that any of its causes shows. A cause's signed codes
 * take their terms, P(code | cause, a code is shown); the rest share what is left.
 * "No code shown" is "don't know": it says nothing.
 */
function compileCodeQuestion(
  catalogue: Catalogue,
  familyId: string,
  causes: string[],
  index: number,
): CompiledQuestion | undefined {
  const codes = catalogue.responseCodes
    .map((r) => r.code)
    .filter(
      (code) =>
        catalogue.responseCodes.some((r) => r.code === code && r.families.includes(familyId)) ||
        causes.some((c) => catalogue.signs[c]?.codes[code] !== undefined),
    );
  if (codes.length < 2) return undefined;
  const asQuestion: Question = {
    id: SCREEN_CODE,
    area: 'bank',
    text: { zh: '-', en: '-' },
    hint: { zh: '-', en: '-' },
    readAloud: { zh: '-', en: '-' },
    effort: 1,
    when: [],
    answers: codes.map((id) => ({ id, label: { zh: id, en: id } })),
  };
  const lik = transpose(
    causes.map((c) =>
      answerDistribution(asQuestion, catalogue.signs[c]?.codes, catalogue.vocabulary),
    ),
  );
  return discriminates(lik) ? compiled(SCREEN_CODE, index, codes, lik) : undefined;
}

const transpose = (m: number[][]): number[][] =>
  (m[0] ?? []).map((_, a) => m.map((row) => row[a] ?? 0));

/** A question belongs to a family only if its answer tells the family's causes apart. */
const discriminates = (lik: number[][]): boolean =>
  lik.some((row) => row.some((p) => Math.abs(p - (row[0] ?? 0)) > 1e-9));

/** log P(fix still fails | cause): a fix that usually resolves a cause makes it unlikely. */
export const logFailed = (chance: number): number => Math.log(clamp(1 - chance));
