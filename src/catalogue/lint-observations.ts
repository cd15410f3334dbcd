import { familyModel } from '../engine/model.ts';
import { matchStory } from '../story/match-story.ts';
import type { Finding } from './lint-references.ts';
import type { Catalogue, Observation } from './schema.ts';

/** An observation "points to" a cause when one of its answers is this many times likelier. */
export const POINTS_TO_RATIO = 2;

const CJK = /[\u3400-\u9fff]/;

const contradict = (a: Observation, b: Observation) =>
  Object.entries(a.implies).some(([q, x]) => b.implies[q] !== undefined && b.implies[q] !== x);

/**
 * Observations: answers that cannot hold together, phrases that would tick two
 * observations saying opposite things, phrases in the wrong language, and causes that
 * no observation points to (a story could never raise them).
 */
export function lintObservations(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(cat.observations.map((o) => [o.id, o]));
  for (const o of cat.observations) {
    const where = `observation ${o.id}`;
    for (const [q, a] of Object.entries(o.implies)) {
      const question = cat.questions.find((x) => x.id === q);
      for (const w of question?.when ?? [])
        if (o.implies[w.question] !== undefined && !w.answers.includes(o.implies[w.question]!))
          out.push({
            rule: 'observation-contradiction',
            where,
            message: `"${q}=${a}" is asked only when ${w.question} is ${w.answers.join('/')}, but it implies ${w.question}=${o.implies[w.question]}`,
          });
    }
    for (const p of o.phrases.zh)
      if (!CJK.test(p))
        out.push({ rule: 'translation', where, message: `zh phrase "${p}" has no Chinese` });
    for (const p of o.phrases.en)
      if (CJK.test(p))
        out.push({ rule: 'translation', where, message: `en phrase "${p}" has Chinese` });
    for (const p of [...o.phrases.zh, ...o.phrases.en]) {
      const heard = matchStory(cat, p).observations.flatMap((id) => byId.get(id) ?? []);
      for (const other of heard)
        if (other.id !== o.id && contradict(o, other))
          out.push({
            rule: 'phrase-contradiction',
            where,
            message: `"${p}" also ticks ${other.id}, which says the opposite`,
          });
    }
  }
  out.push(...unpointedCauses(cat));
  return out;
}

function unpointedCauses(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    const prior = model.logPrior.map(Math.exp);
    const pointed = new Set<number>();
    for (const o of cat.observations)
      for (const [q, a] of Object.entries(o.implies)) {
        const question = model.questionById.get(q);
        const ai = question?.answers.indexOf(a) ?? -1;
        const row = question && ai >= 0 ? question.lik[ai] : undefined;
        if (!row) continue;
        row.forEach((l, c) => {
          const rest = prior.reduce((s, p, k) => (k === c ? s : s + p), 0);
          const mix = row.reduce((s, x, k) => (k === c ? s : s + (prior[k] ?? 0) * x), 0) / rest;
          if (l >= POINTS_TO_RATIO * mix) pointed.add(c);
        });
      }
    model.causes.forEach((cause, c) => {
      if (cause !== 'other' && !pointed.has(c))
        out.push({
          rule: 'cause-without-observation',
          where: `family ${family.id}`,
          message: `no observation points to "${cause}"`,
        });
    });
  }
  return out;
}
