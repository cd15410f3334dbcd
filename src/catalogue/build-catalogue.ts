import { lintReferences } from './lint-references.ts';
import { loadCatalogue, type CatalogueIssue } from './load-catalogue.ts';
import { readRules } from './read-rules.ts';
import type { Catalogue } from './schema.ts';

export const formatIssues = (issues: readonly CatalogueIssue[]): string =>
  issues.map((i) => `  rules/${i.file}: ${i.path}: ${i.message}`).join('\n');

/**
 * Reads, validates and resolves the catalogue under `dir` (Node only). Throws with
 * every problem listed, so a bad catalogue stops the build, the dev server and the tests.
 */
export function buildCatalogue(dir: string): Catalogue {
  const result = loadCatalogue(readRules(dir));
  if (!result.ok) throw new Error(`The rule catalogue is invalid:\n${formatIssues(result.issues)}`);
  const dangling = lintReferences(result.catalogue);
  if (dangling.length > 0)
    throw new Error(
      `The rule catalogue has broken references:\n${dangling.map((f) => `  ${f.where}: ${f.message}`).join('\n')}`,
    );
  return result.catalogue;
}
