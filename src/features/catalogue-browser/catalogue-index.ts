import type {
  Bilingual,
  Catalogue,
  Cause,
  Family,
  Fix,
  PageSource,
  Question,
  ResponseCode,
} from '../../catalogue/schema.ts';

/** What the kind filter can show: one kind of entry, or all of them. */
export const KINDS = ['all', 'cause', 'question', 'fix', 'code'] as const;
export type Kind = (typeof KINDS)[number];

const text = (...parts: (Bilingual | string | undefined)[]) =>
  parts
    .map((p) => (typeof p === 'object' ? `${p.zh} ${p.en}` : (p ?? '')))
    .join(' ')
    .toLowerCase();

const sourceText = (sources: readonly PageSource[] | undefined) =>
  (sources ?? []).map((s) => `${s.title} ${s.url ?? ''}`).join(' ');

/** Everything a matching item could be searched by, in both languages; built once. */
export function searchIndex(catalogue: Catalogue) {
  const causeBlob = new Map(
    catalogue.causes.map((c) => [c.id, text(c.id, c.title, c.explanation, sourceText(c.sources))]),
  );
  const causeById = new Map(catalogue.causes.map((c) => [c.id, c]));
  return {
    families: catalogue.families.map((f) => ({
      f,
      causes: Object.keys(f.causes).flatMap((id) => {
        const c = causeById.get(id);
        return c ? [{ c, blob: causeBlob.get(id) ?? '' }] : [];
      }),
    })),
    questions: catalogue.questions.map((q) => ({
      q,
      blob: text(q.id, q.text, q.hint, ...q.answers.map((a) => a.label)),
    })),
    fixes: catalogue.fixes.map((f) => ({ f, blob: text(f.id, f.title, ...f.steps) })),
    codes: catalogue.responseCodes.map((r) => ({
      r,
      blob: text(r.code, r.meaning, sourceText(r.sources)),
    })),
  };
}
export type SearchIndex = ReturnType<typeof searchIndex>;

export type CatalogueView = {
  families: { f: Family; causes: Cause[] }[];
  questions: Question[];
  fixes: Fix[];
  codes: ResponseCode[];
  count: number;
};

/** The entries that match the search words and the kind filter, in catalogue order. */
export function filterCatalogue(index: SearchIndex, query: string, kind: Kind): CatalogueView {
  const q = query.trim().toLowerCase();
  const shows = (k: Kind) => kind === 'all' || kind === k;
  const hit = (blob: string) => !q || blob.includes(q);
  const families = shows('cause')
    ? index.families.map(({ f, causes }) => ({
        f,
        causes: causes.filter((x) => hit(x.blob)).map((x) => x.c),
      }))
    : [];
  const questions = shows('question') ? index.questions.filter((x) => hit(x.blob)) : [];
  const fixes = shows('fix') ? index.fixes.filter((x) => hit(x.blob)) : [];
  const codes = shows('code') ? index.codes.filter((x) => hit(x.blob)) : [];
  return {
    families: families.filter((x) => x.causes.length > 0),
    questions: questions.map((x) => x.q),
    fixes: fixes.map((x) => x.f),
    codes: codes.map((x) => x.r),
    count:
      families.reduce((s, x) => s + x.causes.length, 0) +
      questions.length +
      fixes.length +
      codes.length,
  };
}
