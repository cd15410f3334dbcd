import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RulesSource } from './load-catalogue.ts';

/** Folders under rules/ that hold no rules: generated schemas and seed coverage maps. */
const NOT_RULES = new Set(['schema', 'coverage']);

/** Reads every rules file under `dir` (Node only: scripts, tests, the build plugin). */
export function readRules(dir: string): RulesSource[] {
  const out: RulesSource[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_RULES.has(entry.name)) walk(path);
      } else if (entry.name.endsWith('.json')) {
        const file = relative(dir, path);
        try {
          out.push({ file, data: JSON.parse(readFileSync(path, 'utf8')) });
        } catch (error) {
          out.push({ file, data: undefined, error: `not valid JSON: ${(error as Error).message}` });
        }
      }
    }
  };
  walk(dir);
  return out;
}
