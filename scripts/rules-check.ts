// Lints the whole rule catalogue: exits 1 with every finding, 0 when it is sound.
import { resolve } from 'node:path';
import { formatIssues } from '../src/catalogue/build-catalogue.ts';
import { lintCatalogue } from '../src/catalogue/lint-catalogue.ts';
import { lintCodeBook } from '../src/catalogue/lint-code-book.ts';
import { decisiveEvidence, DECISIVE_RATIO, lintEvidence } from '../src/catalogue/lint-evidence.ts';
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
const findings = [
  ...lintCatalogue(catalogue),
  ...lintCodeBook(catalogue),
  ...checkCoverage(dir, catalogue),
  // A cause no fact a clerk can know singles out (likelihood ratio under 8): issue 15.
  ...lintEvidence(catalogue),
];
const counts = ['families', 'causes', 'questions', 'fixes', 'responseCodes'] as const;
console.log(`rules:check: ${counts.map((k) => `${catalogue[k].length} ${k}`).join(', ')}`);
// Each cause's most decisive fact a clerk can know: the weakest five, and how many are short.
const decisive = decisiveEvidence(catalogue);
const short = decisive.filter((d) => d.ratio < DECISIVE_RATIO).length;
console.log(
  `rules:check: decisive evidence, weakest five (${short} of ${decisive.length} under ${DECISIVE_RATIO}):`,
);
for (const d of decisive.slice(0, 5))
  console.log(`  ${d.ratio.toFixed(1).padStart(5)}  ${d.family}/${d.cause}  ${d.answer}`);
for (const f of findings) console.error(`  [${f.rule}] ${f.where}: ${f.message}`);
console.log(`rules:check: ${findings.length} finding(s)`);
process.exit(findings.length > 0 ? 1 : 0);
