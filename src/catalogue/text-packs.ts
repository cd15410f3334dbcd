import type { Bilingual, Catalogue } from './schema.ts';

export type Lang = keyof Bilingual;
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Where a text was: its index in each language's pack. */
type TextRef = { $t: number };
/** The catalogue with every text replaced by a reference: numbers, ids and structure only. */
export type CatalogueCore = { texts: number; body: unknown };
/** One language's texts, in reference order; a list (an observation's phrases) stays a list. */
export type TextPack = readonly (string | readonly string[])[];

const isBilingual = (v: object): v is Bilingual => {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Bilingual).zh === 'string' && 'en' in v;
};
const isRef = (v: object): v is TextRef =>
  Object.keys(v).length === 1 && typeof (v as TextRef).$t === 'number';
type BilingualList = { zh: string[]; en: string[] };
const isBilingualList = (v: object): v is BilingualList => {
  const keys = Object.keys(v);
  const list = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return keys.length === 2 && list((v as BilingualList).zh) && list((v as BilingualList).en);
};

/**
 * Splits the catalogue so a phone loads only the language it shows: the core (about a
 * sixth of the weight) plus one text pack. Run at build time. Lists in both languages
 * (an observation's phrases) go to the packs too: a Chinese phone does not carry the
 * English ways of saying a fact, nor the other way round.
 */
export function splitTexts(catalogue: Catalogue): {
  core: CatalogueCore;
  packs: Record<Lang, TextPack>;
} {
  const packs: Record<Lang, (string | string[])[]> = { zh: [], en: [] };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    if (isBilingual(v) || isBilingualList(v)) {
      packs.zh.push(v.zh);
      packs.en.push(v.en);
      return { $t: packs.zh.length - 1 } satisfies TextRef;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  const body = walk(catalogue);
  return { core: { texts: packs.zh.length, body }, packs };
}

/**
 * Puts texts back. A language whose pack is not loaded reads as '' (a list too: readers of
 * lists take '' as none, which keeps this code, on the first screen, as small) — callers load
 * the language they show (and both before writing a bilingual ticket).
 */
export function joinTexts(core: CatalogueCore, packs: Partial<Record<Lang, TextPack>>): Catalogue {
  for (const lang of LANGS) {
    const pack = packs[lang];
    if (pack && pack.length !== core.texts)
      throw new Error(`text pack ${lang} has ${pack.length} texts, the core expects ${core.texts}`);
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    if (isRef(v)) return { zh: packs.zh?.[v.$t] ?? '', en: packs.en?.[v.$t] ?? '' };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return walk(core.body) as Catalogue;
}

/**
 * What the start screen needs, in one language: the families (titles, screen texts) and
 * the response codes. A few kB instead of the whole catalogue, so the first screen does
 * not wait for (or parse) the questions, causes and fixes.
 */
export function startIndex(catalogue: Catalogue, lang: Lang): Catalogue {
  const { core, packs } = splitTexts({
    ...catalogue,
    causes: [],
    questions: [],
    fixes: [],
    signs: {},
    scenarios: [],
    observations: [],
    // Old ids are read only where a case is opened, never on the start screen.
    aliases: undefined,
    // The start screen reads a code's meaning; its sources are for the catalogue browser.
    responseCodes: catalogue.responseCodes.map((code) => {
      const bare = { ...code };
      delete bare.sources;
      return bare;
    }),
  });
  return joinTexts(core, { [lang]: packs[lang] });
}
