import { enDoubted, enNegated, enSaysNo, zhDoubted, zhNegated, zhSaysNo } from './negation.ts';

/** How far apart a phrase's parts may stand: characters in Chinese, words in English. */
const ZH_GAP = 4;
const EN_GAP = 2;
/** Across a comma ("~" in a phrase): "刷一块钱试了下，一下就过了". */
const ZH_SPAN = 12;
const EN_SPAN = 8;

export type Phrase = {
  parts: string[];
  lang: 'zh' | 'en';
  saysNo: boolean;
  length: number;
  /** Per gap between parts: may it cross a comma (written " ~ ")? */
  spans: boolean[];
};

/**
 * "换 电池" -> parts 换, 电池; an English phrase's parts are its words. "一块钱 ~ 就过了"
 * lets the next part come after a comma, a little further on: such a phrase is matched
 * in the sentence, not the clause.
 */
export function compilePhrase(text: string, lang: 'zh' | 'en'): Phrase {
  const folded = text.normalize('NFKC').toLowerCase().trim();
  const tokens = folded.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  const spans: boolean[] = [];
  let span = false;
  for (const token of tokens) {
    if (token === '~') {
      span = true;
      continue;
    }
    if (parts.length > 0) spans.push(span);
    parts.push(token);
    span = false;
  }
  return {
    parts,
    lang,
    saysNo: lang === 'zh' ? zhSaysNo(folded.replace(/\s*~\s*/g, ' ')) : enSaysNo(folded),
    length: parts.join('').length,
    spans,
  };
}

/** Does the phrase reach across a comma? Then it is matched against whole sentences. */
export const spansClauses = (phrase: Phrase): boolean => phrase.spans.some(Boolean);

export type Hit = { at: number; length: number };

/** Where the phrase is said plainly in the clause (not denied, not doubted), if anywhere. */
export function findPhrase(phrase: Phrase, clause: string, words: readonly string[]): Hit | null {
  return phrase.lang === 'zh' ? findZh(phrase, clause) : findEn(phrase, words);
}

function findZh(phrase: Phrase, clause: string): Hit | null {
  const [first = '', ...rest] = phrase.parts;
  for (let start = clause.indexOf(first); start >= 0; start = clause.indexOf(first, start + 1)) {
    let end = start + first.length;
    const gaps: string[] = [];
    let ok = true;
    for (const [i, part] of rest.entries()) {
      const next = clause.indexOf(part, end);
      const gap = next < 0 ? '' : clause.slice(end, next);
      const far = phrase.spans[i] ? ZH_SPAN : ZH_GAP;
      if (next < 0 || next - end > far || (!phrase.spans[i] && /[,，]/.test(gap))) {
        ok = false;
        break;
      }
      // Past a comma, only the last clause's part of the gap can negate the next part.
      gaps.push(gap.split(/[,，]/).at(-1) ?? gap);
      end = next + part.length;
    }
    if (!ok) continue;
    if (zhDoubted(clause, start)) continue;
    if (!phrase.saysNo && zhNegated(clause, start, gaps)) continue;
    return { at: start, length: phrase.length };
  }
  return null;
}

function findEn(phrase: Phrase, words: readonly string[]): Hit | null {
  const [first = '', ...rest] = phrase.parts;
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== first) continue;
    let end = start + 1;
    const gaps: string[] = [];
    let ok = true;
    for (const [i, part] of rest.entries()) {
      const next = words.indexOf(part, end);
      if (next < 0 || next - end > (phrase.spans[i] ? EN_SPAN : EN_GAP)) {
        ok = false;
        break;
      }
      gaps.push(...words.slice(end, next));
      end = next + 1;
    }
    if (!ok) continue;
    if (enDoubted(words, start)) continue;
    if (!phrase.saysNo && enNegated(words, start, gaps)) continue;
    return { at: start, length: phrase.length };
  }
  return null;
}

/** An English clause as words; apostrophes stay inside words ("didn't"). */
export const wordsOf = (clause: string): string[] => clause.match(/[a-z0-9']+/g) ?? [];
