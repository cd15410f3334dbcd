import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../src/catalogue/lint-catalogue.ts';
import type { Catalogue } from '../src/catalogue/schema.ts';

export type CoverageItem = {
  kind: 'cause' | 'fix';
  seed: string;
  ids: string[];
  /**
   * out-of-scope: advice for the acquirer or its agents, not a counter action;
   * excluded: deliberately left out (e.g. never ask a clerk for a card's security code).
   */
  scope?: 'out-of-scope' | 'excluded';
  /** Why an item is out of scope, or why it is covered outside its seed's family. */
  note?: string;
};
export type CoverageFile = { seed: string; items: CoverageItem[] };

/** Reads rules/coverage/*.json: which catalogue ids cover each cause and fix of a seed article. */
export function readCoverage(dir: string): { file: string; coverage: CoverageFile }[] {
  const at = join(dir, 'coverage');
  if (!existsSync(at)) return [];
  return readdirSync(at)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      coverage: JSON.parse(readFileSync(join(at, file), 'utf8')) as CoverageFile,
    }));
}

/**
 * Every seed item must map to ids that still exist and that its family reaches (a cause
 * of the family, or a fix one of them lists); an item that does not says why in a note.
 */
export function checkCoverage(dir: string, cat: Catalogue): Finding[] {
  const known = new Set([...cat.causes, ...cat.fixes].map((x) => x.id));
  const out: Finding[] = [];
  for (const { file, coverage } of readCoverage(dir)) {
    const family = cat.families.find((f) => `${f.id}.json` === file);
    const causes = new Set(Object.keys(family?.causes ?? {}));
    const fixes = new Set(
      cat.causes.filter((c) => causes.has(c.id)).flatMap((c) => c.fixes.map((f) => f.fix)),
    );
    coverage.items.forEach((item, i) => {
      const where = `coverage/${file} #${i}`;
      const say = (message: string) => out.push({ rule: 'seed-coverage', where, message });
      if (item.scope && !item.note)
        say(`"${item.seed}" is ${item.scope} without a note saying why`);
      if (item.ids.length === 0 && !item.scope) say(`"${item.seed}" maps to nothing`);
      for (const id of item.ids) {
        if (!known.has(id)) say(`"${item.seed}" maps to unknown id "${id}"`);
        else if (!item.note && !(causes.has(id) || fixes.has(id)))
          say(`"${item.seed}" maps to "${id}", which ${file.replace('.json', '')} never reaches`);
      }
    });
  }
  return out;
}
