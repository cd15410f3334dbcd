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
import { markSettled, settled, type Thenable } from '../ui/catalogue-context.tsx';

/** Bodies fetched (not yet parsed), so a prefetch and a later load share one download. */
const bodies = new Map<string, Promise<string>>();

function fetchBody(url: string): Promise<string> {
  let body = bodies.get(url);
  if (!body) {
    body = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    });
    body.catch(() => bodies.delete(url)); // offline on a first visit: a later try may work
    bodies.set(url, body);
  }
  return body;
}

const fetchJson = async <T>(url: string): Promise<T> => JSON.parse(await fetchBody(url)) as T;

/**
 * Downloads the whole catalogue of `lang` without parsing it: the network works while
 * the page is idle, and the parse waits until a screen needs it.
 */
export function prefetchCatalogue(lang: Lang): void {
  for (const url of [catalogueUrls.core, catalogueUrls[`text-${lang}`]])
    fetchBody(url).catch(() => undefined);
}

const indexes = new Map<Lang, Thenable<Catalogue>>();

/**
 * What the start screen needs in `lang` (families, response codes): the whole
 * catalogue once it is loaded, else the small start index.
 */
export function startCatalogueFor(lang: Lang): Thenable<Catalogue> {
  if (joined?.langs.includes(lang)) return joined.thenable;
  let index = indexes.get(lang);
  if (!index) {
    const promise = fetchJson<Catalogue>(catalogueUrls[`index-${lang}`]);
    index = promise;
    promise.then(
      (value) => markSettled(promise, value),
      () => indexes.delete(lang),
    );
    indexes.set(lang, index);
  }
  return index;
}

const loaded: Partial<Record<Lang, TextPack>> = {};
let joined: { catalogue: Catalogue; thenable: Thenable<Catalogue>; langs: Lang[] } | undefined;
const inFlight = new Map<string, Thenable<Catalogue>>();

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
  const key = [...langs].sort().join('+');
  let pending = inFlight.get(key);
  if (!pending) {
    const promise = load(langs);
    pending = promise;
    promise.then(
      (value) => markSettled(promise, value),
      () => inFlight.delete(key), // a failed chunk (offline, first visit) may be retried
    );
    inFlight.set(key, pending);
  }
  return pending;
}

let both: Thenable<Catalogue> | undefined;

/** Catalogue and interface words in both languages, for tickets and the catalogue browser. */
export function bilingualCatalogue(): Thenable<Catalogue> {
  if (both) return both;
  const promise = Promise.all([catalogueFor(LANGS), ...LANGS.map(loadDictionary)]).then(
    ([catalogue]) => catalogue,
  );
  promise.then(
    (catalogue) => markSettled(promise, catalogue),
    () => (both = undefined), // offline on a first visit: let a later attempt retry
  );
  both = promise;
  return promise;
}
