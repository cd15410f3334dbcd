import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalogue } from './build-catalogue.ts';

const ID = 'virtual:catalogue';
const RESOLVED = `\0${ID}`;

/**
 * Serves the validated catalogue as a module. Validation (zod) runs here, at build,
 * dev and test time, so the app ships plain data and no schema code.
 */
export function cataloguePlugin(rulesDir = resolve('rules')): Plugin {
  return {
    name: 'pos-catalogue',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(rulesDir);
      const json = JSON.stringify(buildCatalogue(rulesDir));
      // JSON.parse of a string literal is faster to start than an object literal.
      return `export const catalogue = JSON.parse(${JSON.stringify(json)});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(rulesDir)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
    },
  };
}
