import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../src/catalogue/lint-catalogue.ts';
import type { Catalogue } from '../src/catalogue/schema.ts';

export type CoverageItem = { kind: 'cause' | 'fix'; seed: string; ids: string[] };
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

/** Every seed item must map to ids that still exist in the catalogue. */
export function checkCoverage(dir: string, cat: Catalogue): Finding[] {
  const known = new Set([...cat.causes, ...cat.fixes].map((x) => x.id));
  const out: Finding[] = [];
  for (const { file, coverage } of readCoverage(dir))
    coverage.items.forEach((item, i) => {
      if (item.ids.length === 0)
        out.push({
          rule: 'seed-coverage',
          where: `coverage/${file} #${i}`,
          message: `"${item.seed}" maps to nothing`,
        });
      for (const id of item.ids)
        if (!known.has(id))
          out.push({
            rule: 'seed-coverage',
            where: `coverage/${file} #${i}`,
            message: `"${item.seed}" maps to unknown id "${id}"`,
          });
    });
  return out;
}
