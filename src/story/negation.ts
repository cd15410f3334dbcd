/*
 * Negation and doubt, kept to the clause and the few characters or words before a
 * phrase: "没换过电池", "电池没换" and "haven't changed the battery" must not tick
 * "battery changed", and "不知道有没有升级" ticks neither "upgraded" nor "not upgraded".
 */

const ZH_NEGATION = /[没不未无别非]/u;
/** 别 says "don't" but 别的, 别人, 别家 say "other". */
const negationAt = (text: string, i: number): boolean =>
  ZH_NEGATION.test(text.charAt(i)) &&
  !(text.charAt(i) === '别' && /[的人家处个]/u.test(text.charAt(i + 1)));
/** The last negation in `text`, or -1. */
const lastNegation = (text: string): number => {
  for (let i = text.length - 1; i >= 0; i--) if (negationAt(text, i)) return i;
  return -1;
};
/**
 * What may stand between a negation and what it negates: 没有换, 也没动过, and verbs of
 * seeing or getting: 没显示支付成功, 没收到提醒.
 */
const ZH_FILLER =
  /^(?:[有过曾再是太还都也就用去在被给]|怎么|显示|看到|看见|收到|出现|弹出|提示|听到|播报)*$/u;
const ZH_DOUBT = /(不知道|不清楚|不确定|不记得|不懂|忘了|有没有|是不是|会不会|有无|好像|可能)/u;

const EN_NEGATION =
  /^(not|no|never|without|nothing|none|didn't|don't|doesn't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|won't|can't|cannot|couldn't|nor)$/;
const EN_DOUBT = /\b(not sure|don't know|do not know|unsure|no idea|whether|if|maybe|perhaps)\b/;

/** Does a zh phrase itself start by denying something ("没换电池")? Then it is not negated. */
export const zhSaysNo = (phrase: string): boolean => negationAt(phrase, 0);
export const enSaysNo = (phrase: string): boolean =>
  EN_NEGATION.test(phrase.split(' ')[0] ?? '') || phrase.includes("n't ");

/**
 * Is the zh match at `start` negated: by a negation just before it, or by one in a gap
 * that reaches the next part ("电池没换", "别的卡也不能刷"; not "另一台没升级的照样能刷")?
 * `gaps` are the texts between the phrase's parts.
 */
export function zhNegated(clause: string, start: number, gaps: readonly string[]): boolean {
  const reaches = (text: string) => {
    const i = lastNegation(text);
    return i >= 0 && ZH_FILLER.test(text.slice(i + 1));
  };
  return gaps.some(reaches) || reaches(clause.slice(Math.max(0, start - 5), start));
}

/** A doubt just before the phrase or over its start ("不知道有没有换"), or an A-not-A question ("换没换"). */
export function zhDoubted(clause: string, start: number): boolean {
  if (ZH_DOUBT.test(clause.slice(Math.max(0, start - 8), start + 2))) return true;
  const at = (i: number) => clause.charAt(i);
  const aNotA = (i: number) => negationAt(clause, i) && at(i - 1) !== '' && at(i - 1) === at(i + 1);
  return aNotA(start) || aNotA(start - 2);
}

/** Is the en match at word `start` negated by one of the three words before it? */
export function enNegated(
  words: readonly string[],
  start: number,
  gaps: readonly string[],
): boolean {
  if (gaps.some((w) => EN_NEGATION.test(w))) return true;
  return words
    .slice(Math.max(0, start - 3), start)
    .some((w) => EN_NEGATION.test(w) || w.endsWith("n't"));
}

export const enDoubted = (words: readonly string[], start: number): boolean =>
  EN_DOUBT.test(words.slice(Math.max(0, start - 5), start).join(' '));
