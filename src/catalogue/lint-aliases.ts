import { familyModel } from '../engine/model.ts';
import { renameAnswer } from './aliases.ts';
import type { Finding } from './lint-references.ts';
import { DONT_KNOW, type Catalogue } from './schema.ts';

/**
 * The alias map (rules/aliases.json): every alias leads to an id the catalogue has, an
 * old id is not also a current one (the alias would hide it), no alias leads to another
 * alias, and every answer the code book still lists for an old question reads as an
 * answer its family can take. Otherwise an old link or case code would lose that answer.
 */
export function lintAliases(cat: Catalogue): Finding[] {
  const { aliases } = cat;
  if (!aliases) return [];
  const out: Finding[] = [];
  const finding = (where: string, message: string) =>
    out.push({ rule: 'alias', where: `alias ${where}`, message });
  const answersOf = new Map(cat.questions.map((q) => [q.id, q.answers.map((a) => a.id)]));
  const observations = new Set(cat.observations.map((o) => o.id));

  for (const [old, now] of Object.entries(aliases.questions)) {
    if (!answersOf.has(now)) finding(old, `points at "${now}", which is no question`);
    if (answersOf.has(old)) finding(old, 'is still a question: the alias would hide it');
    if (now in aliases.questions) finding(old, `points at "${now}", itself an alias`);
  }
  for (const [old, now] of Object.entries(aliases.answers)) {
    const [oldQ = '', oldA = ''] = old.split('.');
    const [q = '', a = ''] = now.split('.');
    if (!answersOf.get(q)?.includes(a)) finding(old, `points at "${now}", which is no answer`);
    if (answersOf.get(oldQ)?.includes(oldA))
      finding(old, 'is still an answer: the alias would hide it');
    const question = aliases.questions[oldQ];
    if (question !== undefined && question !== q)
      finding(old, `points into "${q}", but the question became "${question}"`);
  }
  for (const [old, now] of Object.entries(aliases.observations)) {
    if (!observations.has(now)) finding(old, `points at "${now}", which is no observation`);
    if (observations.has(old)) finding(old, 'is still an observation: the alias would hide it');
  }

  // What the code book lists for an old question must still be an answer there.
  for (const [family, page] of Object.entries(cat.codeBook?.families ?? {})) {
    if (!cat.families.some((f) => f.id === family)) continue;
    const model = familyModel(cat, family);
    for (const question of page.questions) {
      const [renamed] = renameAnswer(aliases, question, DONT_KNOW);
      if (renamed === question) continue;
      for (const answer of page.answers[question] ?? []) {
        const [q, a] = renameAnswer(aliases, question, answer);
        if (!model.questionById.get(q)?.answers.includes(a))
          finding(
            `${question}.${answer}`,
            `reads as "${q}.${a}", which ${family} does not ask: old codes would drop it`,
          );
      }
    }
  }
  return out;
}
