import { DONT_KNOW, type Catalogue } from './schema.ts';

export type Finding = { rule: string; where: string; message: string };

/** Every id the catalogue mentions must name something that exists. */
export function lintReferences(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const families = ids(cat.families);
  const causes = ids(cat.causes);
  const fixes = ids(cat.fixes);
  const codes = new Set(cat.responseCodes.map((r) => r.code));
  const answers = new Map(cat.questions.map((q) => [q.id, new Set(q.answers.map((a) => a.id))]));
  const dangling = (where: string, message: string) =>
    out.push({ rule: 'dangling-id', where, message });

  for (const f of cat.families)
    for (const c of Object.keys(f.causes))
      if (!causes.has(c)) dangling(`family ${f.id}`, `lists unknown cause "${c}"`);
  for (const c of cat.causes)
    for (const link of c.fixes)
      if (!fixes.has(link.fix)) dangling(`cause ${c.id}`, `links unknown fix "${link.fix}"`);
  for (const q of cat.questions) {
    const seen = new Set<string>();
    for (const a of q.answers) {
      if (seen.has(a.id))
        out.push({
          rule: 'duplicate-id',
          where: `question ${q.id}`,
          message: `answer "${a.id}" twice`,
        });
      seen.add(a.id);
    }
    for (const f of q.families ?? [])
      if (!families.has(f)) dangling(`question ${q.id}`, `asked in unknown family "${f}"`);
    for (const w of q.when) {
      const known = answers.get(w.question);
      if (!known) dangling(`question ${q.id}`, `depends on unknown question "${w.question}"`);
      else if (w.question === q.id)
        out.push({
          rule: 'condition-cycle',
          where: `question ${q.id}`,
          message: 'depends on itself',
        });
      else
        for (const a of w.answers)
          if (!known.has(a))
            dangling(`question ${q.id}`, `depends on unknown answer "${w.question}=${a}"`);
    }
  }
  for (const rc of cat.responseCodes)
    for (const f of rc.families)
      if (!families.has(f)) dangling(`code ${rc.code}`, `opens unknown family "${f}"`);
  for (const s of cat.scenarios) {
    const family = cat.families.find((f) => f.id === s.family);
    if (!family) dangling(`scenario ${s.id}`, `unknown family "${s.family}"`);
    else if (!(s.truth in family.causes))
      dangling(`scenario ${s.id}`, `truth "${s.truth}" is not a cause of ${s.family}`);
    for (const [q, a] of Object.entries(s.answers))
      if (q !== 'screen-code' && a !== DONT_KNOW && !answers.get(q)?.has(a))
        dangling(`scenario ${s.id}`, `unknown answer "${q}=${a}"`);
  }
  for (const o of cat.observations)
    for (const [q, a] of Object.entries(o.implies))
      if (q === 'screen-code' ? !codes.has(a) && a !== 'none' : !answers.get(q)?.has(a))
        dangling(`observation ${o.id}`, `implies unknown answer "${q}=${a}"`);
  for (const [cause, sign] of Object.entries(cat.signs)) {
    if (!causes.has(cause)) dangling(`signs ${cause}`, `signs for unknown cause "${cause}"`);
    for (const [q, terms] of Object.entries(sign.answers)) {
      const known = answers.get(q);
      if (!known) dangling(`signs ${cause}`, `unknown question "${q}"`);
      else
        for (const a of Object.keys(terms))
          if (a !== DONT_KNOW && !known.has(a))
            dangling(`signs ${cause}`, `unknown answer "${q}=${a}"`);
    }
    for (const code of Object.keys(sign.codes))
      if (!codes.has(code)) dangling(`signs ${cause}`, `unknown code "${code}"`);
  }
  return out;
}
