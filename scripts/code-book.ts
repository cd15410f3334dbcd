// Appends to rules/code-book.json every id the catalogue has and the book lacks, and
// bumps its version; never removes or reorders one (decision 0014).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { formatIssues } from '../src/catalogue/build-catalogue.ts';
import { extendCodeBook, familyLists, newIds } from '../src/catalogue/code-book.ts';
import { CODE_BOOK_FILE, loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { readRules } from '../src/catalogue/read-rules.ts';

const dir = resolve(process.argv[2] ?? 'rules');
const result = loadCatalogue(readRules(dir));
if (!result.ok) {
  console.error(`rules:codebook: fix the catalogue first\n${formatIssues(result.issues)}`);
  process.exit(1);
}
const { catalogue } = result;
const before = catalogue.codeBook;
const book = extendCodeBook(catalogue, before);
if (book === before) {
  console.log(`rules:codebook: version ${book.version} already lists every id`);
  process.exit(0);
}
for (const { id } of catalogue.families) {
  const added = newIds(before?.families[id], familyLists(catalogue, id));
  const answers = Object.values(added.answers).reduce((n, a) => n + a.length, 0);
  if (added.questions.length + answers + added.fixes.length === 0) continue;
  console.log(
    `  ${id}: ${added.questions.length} question(s), ${answers} answer(s), ${added.fixes.length} fix(es) added`,
  );
}
const path = join(dir, CODE_BOOK_FILE);
const json = await format(JSON.stringify(book), {
  ...(await resolveConfig(path)),
  filepath: path,
});
writeFileSync(path, json);
console.log(`rules:codebook: wrote ${path}, version ${before?.version ?? 0} → ${book.version}`);
