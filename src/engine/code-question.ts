import type { Catalogue, Question } from '../catalogue/schema.ts';
import { answerDistribution } from './likelihood.ts';
import { compiled, discriminates, transpose, type CompiledQuestion } from './compiled-question.ts';
import { NO_CODE, SCREEN_CODE } from './types.ts';

/** How often a cause that does return codes shows none: many screens show text only. */
const HIDDEN = 0.3;

/**
 * The response code on the screen, as one more question. Its answers are the codes that
 * point to the family or that any of its causes shows, plus "no code shown". For a cause
 * that signs codes, P(code | cause) = (1 − HIDDEN) × its signed terms (the rest shared
 * by the unsigned codes); for one that signs none, "no code" is the usual answer.
 */
export function compileCodeQuestion(
  catalogue: Catalogue,
  familyId: string,
  causes: string[],
  index: number,
): CompiledQuestion | undefined {
  const { signs, vocabulary } = catalogue;
  const codes = catalogue.responseCodes
    .map((r) => r.code)
    .filter(
      (code) =>
        catalogue.responseCodes.some((r) => r.code === code && r.families.includes(familyId)) ||
        causes.some((c) => signs[c]?.codes[code] !== undefined),
    );
  if (codes.length < 2) return undefined;
  const overCodes: Question = {
    id: SCREEN_CODE,
    area: 'bank',
    text: { zh: '-', en: '-' },
    hint: { zh: '-', en: '-' },
    readAloud: { zh: '-', en: '-' },
    effort: 1,
    when: [],
    answers: codes.map((id) => ({ id, label: { zh: id, en: id } })),
  };
  // A cause that signs no code shows one only by misreading or a stray code.
  const STRAY = vocabulary.codeStray;
  const exact = { ...vocabulary, slip: 0 };
  const k = codes.length + 1;
  const slip = (p: number) => (1 - vocabulary.slip) * p + vocabulary.slip / k;
  const distribution = (cause: string): number[] => {
    const signed = signs[cause]?.codes ?? {};
    if (Object.keys(signed).length === 0)
      return [...codes.map(() => STRAY / codes.length), 1 - STRAY].map(slip);
    const shown = answerDistribution(overCodes, signed, exact).map((p) => p * (1 - HIDDEN));
    return [...shown, HIDDEN].map(slip);
  };
  const lik = transpose(causes.map(distribution));
  if (!discriminates(lik)) return undefined;
  // Its own source: not knowing the code says little about reading the rest of the screen.
  return { ...compiled(SCREEN_CODE, index, [...codes, NO_CODE], lik), source: 'code' };
}
