import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalogue } from './build-catalogue.ts';
import type { Catalogue } from './schema.ts';
import { splitTexts, startIndex, type Lang } from './text-packs.ts';

const ID = 'virtual:catalogue-urls';
const DEV_BASE = '/@pos-catalogue/';
const PARTS = ['core', 'text-zh', 'text-en', 'index-zh', 'index-en'] as const;
type Part = (typeof PARTS)[number];
/** Preloaded by the built page: what a Chinese-speaking counter's first screen needs. */
const PRELOAD: readonly Part[] = ['index-zh'];

/**
 * Ships the validated catalogue as JSON files: the core (ids, numbers, structure), one
 * text pack per language, and per language a small start index (families and codes)
 * for the first screen. A phone fetches only the language it shows, and the catalogue
 * costs no JavaScript parsing. `virtual:catalogue-urls` says where they are.
 * Validation (zod) runs here, at build, dev and test time.
 */
export function cataloguePlugin(rulesDir = resolve('rules')): Plugin {
  let built: Catalogue | undefined;
  let split: ReturnType<typeof splitTexts> | undefined;
  const json = (part: Part): string => {
    built ??= buildCatalogue(rulesDir);
    split ??= splitTexts(built);
    const lang = part.slice(-2) as Lang;
    if (part === 'core') return JSON.stringify(split.core);
    // The start screen reads no case codes: their book stays in the core (decision 0014).
    if (part.startsWith('index-'))
      return JSON.stringify(startIndex({ ...built, codeBook: undefined }, lang));
    return JSON.stringify(split.packs[lang]);
  };
  let serving = false;
  const emitted = new Map<Part, string>();
  const fileNames = new Map<Part, string>();
  return {
    name: 'pos-catalogue',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const url = (part: Part) => {
        if (serving) return JSON.stringify(`${DEV_BASE}${part}.json`);
        const ref = this.emitFile({
          type: 'asset',
          name: `catalogue-${part}.json`,
          source: json(part),
        });
        emitted.set(part, ref);
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      };
      return `export const catalogueUrls = { ${PARTS.map((p) => `'${p}': ${url(p)}`).join(', ')} };`;
    },
    configureServer(server) {
      // Watch the rules in dev; handleHotUpdate reloads the page when one changes.
      server.watcher.add(rulesDir);
      server.middlewares.use((req, res, next) => {
        const part = PARTS.find((p) => req.url === `${DEV_BASE}${p}.json`);
        if (!part) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(json(part));
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle: {
      order: 'pre',
      handler() {
        for (const [part, ref] of emitted) fileNames.set(part, this.getFileName(ref));
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        PRELOAD.flatMap((part) => {
          const file = fileNames.get(part);
          if (serving || !file) return [];
          const attrs = { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `/${file}` };
          return [{ tag: 'link', attrs, injectTo: 'head' as const }];
        }),
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(rulesDir)) return;
      built = undefined;
      split = undefined;
      server.ws.send({ type: 'full-reload' });
    },
  };
}
