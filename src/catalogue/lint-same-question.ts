import { familyModel } from '../engine/model.ts';
import type { Finding } from './lint-references.ts';
import type { Catalogue } from './schema.ts';

/** Text this alike, with an answer in common, reads as the same question asked twice. */
export const SAME_TEXT = 0.5;
/** Text this alike is the same question whatever its answers. */
export const SAME_ANYWAY = 0.8;
/** An answer label this long is a reading, not a yes or a no that any question shares. */
const TELLING_LABEL = 6;

const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
/** Character pairs: Chinese has no spaces, and a pair carries most of a word. */
function pairs(s: string): Set<string> {
  const n = normalise(s);
  const out = new Set<string>();
  for (let i = 0; i < n.length - 1; i++) out.add(n.slice(i, i + 2));
  return out;
}
/** Jaccard similarity of two sets. */
function alike(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

/**
 * Two questions of one family that read as one: nearly the same text, or alike text
 * offering the same reading as an answer ("terminal not registered …" twice). On one
 * path the clerk is asked the same thing twice (issue 17, item 6). Alike text about
 * different things (this terminal / another one, this sale / earlier ones) is not
 * flagged. A second reading is a "check again" question, left out here.
 */
export function lintSameQuestion(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    const asked = cat.questions.filter((q) => {
      const compiled = model.questionById.get(q.id);
      return compiled && !compiled.again;
    });
    const texts = asked.map((q) => ({
      id: q.id,
      zh: pairs(q.text.zh),
      en: pairs(q.text.en),
      labels: new Set(
        q.answers.map((a) => normalise(a.label.zh)).filter((l) => l.length >= TELLING_LABEL),
      ),
    }));
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        const score = Math.max(alike(a.zh, b.zh), alike(a.en, b.en));
        const sharedReading = [...a.labels].some((l) => b.labels.has(l));
        if (score >= SAME_ANYWAY || (score >= SAME_TEXT && sharedReading))
          out.push({
            rule: 'same-question',
            where: `family ${family.id}`,
            message: `"${a.id}" and "${b.id}" read alike (${score.toFixed(2)}): one question per fact`,
          });
      }
  }
  return out;
}
