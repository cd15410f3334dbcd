import type { Catalogue } from '../catalogue/schema.ts';
import { catalogueUrls } from 'virtual:catalogue-urls';
import {
  joinTexts,
  LANGS,
  type CatalogueCore,
  type Lang,
  type TextPack,
} from '../catalogue/text-packs.ts';
import { loadDictionary } from '../i18n/i18n.ts';
import { settled, sharedPromise, type Thenable } from '../lib/shared-promise.ts';

/** Bodies fetched (not yet parsed), so a prefetch and a later load share one download. */
const bodies = new Map<string, Promise<string>>();

const fetchBody = (url: string): Promise<string> =>
  sharedPromise(bodies, url, async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  });

const fetchJson = async <T>(url: string): Promise<T> => JSON.parse(await fetchBody(url)) as T;

/**
 * Downloads the whole catalogue of `lang` without parsing it: the network works while
 * the page is idle, and the parse waits until a screen needs it.
 */
export function prefetchCatalogue(lang: Lang): void {
  for (const url of [catalogueUrls.core, catalogueUrls[`text-${lang}`]])
    fetchBody(url).catch(() => undefined);
}

const indexes = new Map<Lang, Promise<Catalogue>>();

/**
 * What the start screen needs in `lang` (families, response codes): the whole
 * catalogue once it is loaded, else the small start index.
 */
export function startCatalogueFor(lang: Lang): Thenable<Catalogue> {
  if (joined?.langs.includes(lang)) return joined.thenable;
  return sharedPromise(indexes, lang, () => fetchJson<Catalogue>(catalogueUrls[`index-${lang}`]));
}

const loaded: Partial<Record<Lang, TextPack>> = {};
let joined: { catalogue: Catalogue; thenable: Thenable<Catalogue>; langs: Lang[] } | undefined;
const inFlight = new Map<string, Promise<Catalogue>>();

async function load(langs: readonly Lang[]): Promise<Catalogue> {
  const [core, ...packs] = await Promise.all([
    fetchJson<CatalogueCore>(catalogueUrls.core),
    ...langs.map((l) => fetchJson<TextPack>(catalogueUrls[`text-${l}`])),
  ]);
  langs.forEach((l, i) => (loaded[l] = packs[i]!));
  const have = (Object.keys(loaded) as Lang[]).sort();
  // Every caller shares one catalogue object while the set of languages stays the same,
  // so the engine's per-catalogue caches stay warm.
  if (!joined || joined.langs.length < have.length) {
    const catalogue = joinTexts(core as CatalogueCore, loaded);
    joined = { catalogue, thenable: settled(catalogue), langs: have };
  }
  return joined.catalogue;
}

/**
 * The catalogue with at least `langs` readable. Cached: once loaded, the returned
 * thenable is already fulfilled, so `use` does not suspend again.
 */
export function catalogueFor(langs: readonly Lang[]): Thenable<Catalogue> {
  if (joined && langs.every((l) => joined!.langs.includes(l))) return joined.thenable;
  return sharedPromise(inFlight, [...langs].sort().join('+'), () => load(langs));
}

const both = new Map<'both', Promise<Catalogue>>();

/** Catalogue and interface words in both languages, for tickets and the catalogue browser. */
export const bilingualCatalogue = (): Thenable<Catalogue> =>
  sharedPromise(both, 'both', async () => {
    const [catalogue] = await Promise.all([catalogueFor(LANGS), ...LANGS.map(loadDictionary)]);
    return catalogue;
  });
