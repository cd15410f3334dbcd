import { enDoubted, enNegated, enSaysNo, zhDoubted, zhNegated, zhSaysNo } from './negation.ts';

/** How far apart a phrase's parts may stand: characters in Chinese, words in English. */
const ZH_GAP = 4;
const EN_GAP = 2;

export type Phrase = { parts: string[]; lang: 'zh' | 'en'; saysNo: boolean; length: number };

/** "换 电池" -> parts 换, 电池; an English phrase's parts are its words. */
export function compilePhrase(text: string, lang: 'zh' | 'en'): Phrase {
  const folded = text.normalize('NFKC').toLowerCase().trim();
  const parts = folded.split(/\s+/).filter(Boolean);
  return {
    parts,
    lang,
    saysNo: lang === 'zh' ? zhSaysNo(folded) : enSaysNo(folded),
    length: parts.join('').length,
  };
}

export type Hit = { at: number; length: number };

/** Where the phrase is said plainly in the clause (not denied, not doubted), if anywhere. */
export function findPhrase(phrase: Phrase, clause: string, words: readonly string[]): Hit | null {
  return phrase.lang === 'zh' ? findZh(phrase, clause) : findEn(phrase, words);
}

function findZh(phrase: Phrase, clause: string): Hit | null {
  const [first = '', ...rest] = phrase.parts;
  for (let start = clause.indexOf(first); start >= 0; start = clause.indexOf(first, start + 1)) {
    let end = start + first.length;
    let gaps = '';
    let ok = true;
    for (const part of rest) {
      const next = clause.indexOf(part, end);
      if (next < 0 || next - end > ZH_GAP) {
        ok = false;
        break;
      }
      gaps += clause.slice(end, next);
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
    for (const part of rest) {
      const next = words.indexOf(part, end);
      if (next < 0 || next - end > EN_GAP) {
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
