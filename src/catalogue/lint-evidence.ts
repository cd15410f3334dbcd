import { familyModel } from '../engine/model.ts';
import { normaliseLog } from '../engine/posterior.ts';
import { OTHER_CAUSE } from '../engine/types.ts';
import type { Finding } from './lint-references.ts';
import type { Catalogue } from './schema.ts';

/** A fact moves its cause enough to matter in the field from this likelihood ratio on. */
export const DECISIVE_RATIO = 8;

export type Decisive = { family: string; cause: string; ratio: number; answer: string };

/**
 * Each cause's most decisive fact a clerk can know: the answer whose likelihood ratio
 * toward the cause, against the prior-weighted mix of the family's other causes, is
 * largest (after the slip allowance, as the engine reads it). Only answers a caller can
 * often give (answerability at least "often") or that an observation of a story implies.
 */
export function decisiveEvidence(cat: Catalogue): Decisive[] {
  const told = new Set(cat.observations.flatMap((o) => Object.entries(o.implies)).map(String));
  const out: Decisive[] = [];
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    const prior = normaliseLog(model.logPrior);
    model.causes.forEach((cause, c) => {
      if (cause === OTHER_CAUSE) return;
      let best: Decisive = { family: family.id, cause, ratio: 0, answer: '' };
      for (const q of model.questions) {
        if (q.again) continue;
        q.lik.forEach((row, a) => {
          const answer = q.answers[a] ?? '';
          const knowable =
            q.answerable >= cat.vocabulary.terms.often || told.has(`${q.id},${answer}`);
          if (!knowable) return;
          let mix = 0;
          let mass = 0;
          model.causes.forEach((_, k) => {
            if (k === c) return;
            mix += (prior[k] ?? 0) * (row[k] ?? 0);
            mass += prior[k] ?? 0;
          });
          const ratio = (row[c] ?? 0) / (mix / mass);
          if (ratio > best.ratio) best = { ...best, ratio, answer: `${q.id}=${answer}` };
        });
      }
      out.push(best);
    });
  }
  return out.sort((a, b) => a.ratio - b.ratio);
}

/** A cause no knowable fact can single out: the ranking will not move for it in the field. */
export function lintEvidence(cat: Catalogue, min = DECISIVE_RATIO): Finding[] {
  return decisiveEvidence(cat)
    .filter((d) => d.ratio < min)
    .map((d) => ({
      rule: 'no-decisive-evidence',
      where: `cause ${d.family}/${d.cause}`,
      message: `strongest knowable fact ${d.answer || '(none)'} has ratio ${d.ratio.toFixed(1)}, under ${min}`,
    }));
}
