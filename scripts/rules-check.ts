// Lints the whole rule catalogue: exits 1 with every finding, 0 when it is sound.
import { resolve } from 'node:path';
import { formatIssues } from '../src/catalogue/build-catalogue.ts';
import { lintCatalogue } from '../src/catalogue/lint-catalogue.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { readRules } from '../src/catalogue/read-rules.ts';
import { checkCoverage } from './seed-coverage.ts';

const dir = resolve(process.argv[2] ?? 'rules');
const result = loadCatalogue(readRules(dir));
if (!result.ok) {
  console.error(
    `rules:check: ${result.issues.length} schema problem(s)\n${formatIssues(result.issues)}`,
  );
  process.exit(1);
}
const { catalogue } = result;
const findings = [...lintCatalogue(catalogue), ...checkCoverage(dir, catalogue)];
const counts = ['families', 'causes', 'questions', 'fixes', 'responseCodes'] as const;
console.log(`rules:check: ${counts.map((k) => `${catalogue[k].length} ${k}`).join(', ')}`);
for (const f of findings) console.error(`  [${f.rule}] ${f.where}: ${f.message}`);
console.log(`rules:check: ${findings.length} finding(s)`);
process.exit(findings.length > 0 ? 1 : 0);
