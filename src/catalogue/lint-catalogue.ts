import { familyModel } from '../engine/model.ts';
import { lintAliases } from './lint-aliases.ts';
import { lintReferences, type Finding } from './lint-references.ts';
import { lintObservations } from './lint-observations.ts';
import { lintSafety } from './lint-safety.ts';
import { lintSameQuestion } from './lint-same-question.ts';
import { lintSources } from './lint-sources.ts';
import type { Catalogue } from './schema.ts';

export type { Finding };

const CJK = /[\u3400-\u9fff]/;
/** English may quote the Chinese label a terminal shows, in brackets: "Sign in (签到)". */
const withoutQuotedLabels = (en: string) => en.replace(/[(（][^()（）]*[)）]/g, '');

/** Whole-catalogue checks beyond the schema. An empty list means the catalogue is sound. */
export function lintCatalogue(cat: Catalogue): Finding[] {
  const refs = lintReferences(cat);
  // Model-based checks would only repeat the same dangling ids in other words.
  if (refs.some((f) => f.rule === 'dangling-id')) return refs;
  return [
    ...refs,
    ...lintStructure(cat),
    ...lintModels(cat),
    ...lintSafety(cat),
    ...lintSameQuestion(cat),
    ...lintSources(cat),
    ...lintObservations(cat),
    ...lintTranslations(cat),
    ...lintAliases(cat),
  ];
}

function lintStructure(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  const inFamily = new Set(cat.families.flatMap((f) => Object.keys(f.causes)));
  for (const c of cat.causes)
    if (!inFamily.has(c.id))
      out.push({
        rule: 'unreachable-cause',
        where: `cause ${c.id}`,
        message: 'belongs to no family',
      });
  const linked = new Set(cat.causes.flatMap((c) => c.fixes.map((l) => l.fix)));
  for (const f of cat.fixes)
    if (!linked.has(f.id))
      out.push({ rule: 'unused-fix', where: `fix ${f.id}`, message: 'no cause links to it' });
  const owner = new Map<string, string>();
  for (const f of cat.families)
    for (const t of f.screenTexts) {
      const key = t.trim().toLowerCase();
      const first = owner.get(key);
      if (first && first !== f.id)
        out.push({
          rule: 'ambiguous-screen-text',
          where: `family ${f.id}`,
          message: `"${t}" also points to ${first}`,
        });
      owner.set(key, f.id);
    }
  return out;
}

function lintModels(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  const used = new Set<string>();
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    model.questions.forEach((q) => used.add(q.id));
    const profile = (c: number) =>
      model.questions.flatMap((q) => q.lik.map((row) => (row[c] ?? 0).toFixed(6))).join();
    const profiles = model.causes.map((_, c) => profile(c));
    profiles.forEach((p, a) =>
      profiles.slice(a + 1).forEach((q, i) => {
        if (p === q)
          out.push({
            rule: 'indistinguishable-causes',
            where: `family ${family.id}`,
            message: `no question or code tells "${model.causes[a]}" from "${model.causes[a + 1 + i]}"`,
          });
      }),
    );
  }
  for (const q of cat.questions)
    if (!used.has(q.id))
      out.push({
        rule: 'question-changes-nothing',
        where: `question ${q.id}`,
        message: 'no answer moves any family’s ranking',
      });
  return out;
}

function lintTranslations(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') {
      if (!CJK.test(o.zh))
        out.push({ rule: 'translation', where, message: `zh has no Chinese: "${o.zh}"` });
      if (CJK.test(withoutQuotedLabels(o.en)))
        out.push({ rule: 'translation', where, message: `en has Chinese: "${o.en}"` });
      return;
    }
    const id = typeof o.id === 'string' ? o.id : undefined;
    for (const [k, v] of Object.entries(o))
      visit(v, id && !where.includes(id) ? `${where} ${id}.${k}` : `${where}.${k}`);
  };
  const { families, causes, questions, fixes, responseCodes, observations } = cat;
  visit({ families, causes, questions, fixes, responseCodes, observations }, 'catalogue');
  return out;
}
