/*
 * Negation and doubt, kept to the clause and the few characters or words before a
 * phrase: "没换过电池", "电池没换" and "haven't changed the battery" must not tick
 * "battery changed", and "不知道有没有升级" ticks neither "upgraded" nor "not upgraded".
 */

const ZH_NEGATION = /[没不未无别非]/u;
/** Characters that may stand between a negation and what it negates: 没有换, 也没动过. */
const ZH_FILLER = /^[有过曾再是太怎么还都也就用去在被给]*$/u;
const ZH_DOUBT = /(不知道|不清楚|不确定|不记得|不懂|忘了|有没有|是不是|会不会|有无|好像|可能)/u;

const EN_NEGATION =
  /^(not|no|never|without|nothing|none|didn't|don't|doesn't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|won't|can't|cannot|couldn't|nor)$/;
const EN_DOUBT = /\b(not sure|don't know|do not know|unsure|no idea|whether|if|maybe|perhaps)\b/;

/** Does a zh phrase itself start by denying something ("没换电池")? Then it is not negated. */
export const zhSaysNo = (phrase: string): boolean => ZH_NEGATION.test(phrase.charAt(0));
export const enSaysNo = (phrase: string): boolean =>
  EN_NEGATION.test(phrase.split(' ')[0] ?? '') || phrase.includes("n't ");

/** Is the zh match at `start` negated by what comes just before it, or by a cue inside its gaps? */
export function zhNegated(clause: string, start: number, gaps: string): boolean {
  if (ZH_NEGATION.test(gaps)) return true;
  const before = clause.slice(Math.max(0, start - 4), start);
  for (let i = before.length - 1; i >= 0; i--)
    if (ZH_NEGATION.test(before.charAt(i))) return ZH_FILLER.test(before.slice(i + 1));
  return false;
}

/** A doubt just before the phrase or over its start ("不知道有没有换"), or an A-not-A question ("换没换"). */
export function zhDoubted(clause: string, start: number): boolean {
  if (ZH_DOUBT.test(clause.slice(Math.max(0, start - 8), start + 2))) return true;
  const at = (i: number) => clause.charAt(i);
  const aNotA = (i: number) =>
    ZH_NEGATION.test(at(i)) && at(i - 1) !== '' && at(i - 1) === at(i + 1);
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
