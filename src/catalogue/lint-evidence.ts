import { familyModel, type CompiledQuestion } from '../engine/model.ts';
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
 * A follow-up (a question with `when`) is only ever known together with its condition, and
 * its signs are written for the causes that pass it: its fact is the pair, weighed as the
 * engine weighs both answers, and it counts only when the condition is knowable too.
 * An observation that settles several questions is one fact as a person states it
 * ("it is in the records, only the alert is missing"): its answers together.
 */
export function decisiveEvidence(cat: Catalogue): Decisive[] {
  const told = new Set(cat.observations.flatMap((o) => Object.entries(o.implies)).map(String));
  const out: Decisive[] = [];
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    const prior = normaliseLog(model.logPrior);
    const knowable = (q: CompiledQuestion, answer: string) =>
      q.answerable >= cat.vocabulary.terms.often || told.has(`${q.id},${answer}`);
    /** P(the question's `when` holds | cause) per cause; undefined when no caller can know it. */
    const condition = (q: CompiledQuestion): number[] | undefined => {
      let p = model.causes.map(() => 1);
      for (const { question, answers } of q.when ?? []) {
        const w = model.questionById.get(question);
        // A condition that tells no cause apart is dropped from the model: it weighs all alike.
        if (!w) continue;
        const held = w.answers.flatMap((id, i) => (answers.includes(id) ? [i] : []));
        if (!held.some((i) => knowable(w, w.answers[i] ?? ''))) return undefined;
        p = p.map((x, k) => x * held.reduce((s, i) => s + (w.lik[i]?.[k] ?? 0), 0));
      }
      return p;
    };
    // Every fact a clerk can know, as P(fact | cause) per cause: a knowable answer (with its
    // condition), and an observation a story states, which gives all its answers at once.
    const facts: { label: string; p: number[] }[] = [];
    for (const q of model.questions) {
      if (q.again) continue;
      const cond = condition(q);
      if (!cond) continue;
      q.lik.forEach((row, a) => {
        const answer = q.answers[a] ?? '';
        if (knowable(q, answer))
          facts.push({ label: `${q.id}=${answer}`, p: cond.map((x, k) => x * (row[k] ?? 0)) });
      });
    }
    for (const o of cat.observations) {
      let p = model.causes.map(() => 1);
      let used = 0;
      for (const [question, answer] of Object.entries(o.implies)) {
        const q = model.questionById.get(question);
        const a = q?.answers.indexOf(answer) ?? -1;
        if (!q || a < 0) continue;
        used++;
        p = p.map((x, k) => x * (q.lik[a]?.[k] ?? 0));
      }
      // A single answer is already a fact above; an observation adds the answers together.
      if (used > 1) facts.push({ label: `${o.id} (story)`, p });
    }
    model.causes.forEach((cause, c) => {
      if (cause === OTHER_CAUSE) return;
      let best: Decisive = { family: family.id, cause, ratio: 0, answer: '' };
      for (const { label, p } of facts) {
        let mix = 0;
        let mass = 0;
        model.causes.forEach((_, k) => {
          if (k === c) return;
          mix += (prior[k] ?? 0) * (p[k] ?? 0);
          mass += prior[k] ?? 0;
        });
        const ratio = (p[c] ?? 0) / (mix / mass);
        if (ratio > best.ratio) best = { ...best, ratio, answer: label };
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
