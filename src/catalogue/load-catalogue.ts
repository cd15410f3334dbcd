import type { z } from 'zod';
import { renameAnswers } from './aliases.ts';
import { rulesFileSchema, vocabularySchema, type Catalogue, type Sign } from './schema.ts';

export type CatalogueIssue = { file: string; path: string; message: string };
export type RulesSource = { file: string; data: unknown; error?: string };
export type LoadResult =
  { ok: true; catalogue: Catalogue } | { ok: false; issues: CatalogueIssue[] };

export const VOCABULARY_FILE = 'vocabulary.json';
/** Holds the code book alone (decision 0014); read as a file with only `codeBook`. */
export const CODE_BOOK_FILE = 'code-book.json';

const SECTIONS = [
  ['families', 'family'],
  ['causes', 'cause'],
  ['questions', 'question'],
  ['fixes', 'fix'],
  ['scenarios', 'scenario'],
  ['observations', 'observation'],
] as const;

const toIssues = (file: string, error: z.ZodError): CatalogueIssue[] =>
  error.issues.map((i) => ({
    file,
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));

/**
 * Parses every rules file with zod and merges them into one catalogue. Fails with the
 * file and JSON path of every bad field, and of every id defined twice.
 */
export function loadCatalogue(sources: readonly RulesSource[]): LoadResult {
  const issues: CatalogueIssue[] = [];
  const catalogue: Omit<Catalogue, 'vocabulary'> = {
    families: [],
    causes: [],
    questions: [],
    fixes: [],
    responseCodes: [],
    signs: {},
    scenarios: [],
    observations: [],
  };
  let vocabulary: Catalogue['vocabulary'] | undefined;
  const seen = new Map<string, string>();
  const claim = (kind: string, id: string, file: string, path: string) => {
    const key = `${kind}:${id}`;
    const first = seen.get(key);
    if (first)
      issues.push({ file, path, message: `${kind} "${id}" is already defined in ${first}` });
    else seen.set(key, file);
  };
  const signOwner = new Map<string, string>();

  for (const { file, data, error } of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    if (error) {
      issues.push({ file, path: '(root)', message: error });
      continue;
    }
    if (file.endsWith(VOCABULARY_FILE)) {
      const parsed = vocabularySchema.safeParse(data);
      if (parsed.success) vocabulary = parsed.data;
      else issues.push(...toIssues(file, parsed.error));
      continue;
    }
    const parsed = rulesFileSchema.safeParse(file === CODE_BOOK_FILE ? { codeBook: data } : data);
    if (!parsed.success) {
      issues.push(...toIssues(file, parsed.error));
      continue;
    }
    const rules = parsed.data;
    for (const [section, kind] of SECTIONS) {
      rules[section].forEach((item, i) => claim(kind, item.id, file, `${section}.${i}.id`));
      (catalogue[section] as { id: string }[]).push(...rules[section]);
    }
    rules.responseCodes.forEach((rc, i) => claim('code', rc.code, file, `responseCodes.${i}.code`));
    catalogue.responseCodes.push(...rules.responseCodes);
    if (rules.codeBook) {
      claim('code book', 'codeBook', file, 'codeBook');
      catalogue.codeBook = rules.codeBook;
    }
    if (rules.aliases) {
      claim('alias map', 'aliases', file, 'aliases');
      catalogue.aliases = rules.aliases;
    }
    for (const [cause, sign] of Object.entries(rules.signs)) {
      mergeSign(catalogue.signs, cause, sign, file, signOwner, issues);
    }
  }
  if (!vocabulary)
    issues.push({ file: VOCABULARY_FILE, path: '(root)', message: 'missing or invalid' });
  if (issues.length > 0 || !vocabulary) return { ok: false, issues };
  catalogue.families.sort((a, b) => a.order - b.order);
  // Scenarios written before a merge name old question ids: read them as the new ones.
  const { aliases } = catalogue;
  if (aliases)
    catalogue.scenarios = catalogue.scenarios.map((s) => ({
      ...s,
      answers: renameAnswers(aliases, s.answers),
    }));
  return { ok: true, catalogue: { vocabulary, ...catalogue } };
}

/** Signs for one cause may come from several files, but each question or code from one only. */
function mergeSign(
  signs: Record<string, Sign>,
  cause: string,
  sign: Sign,
  file: string,
  owner: Map<string, string>,
  issues: CatalogueIssue[],
) {
  const target = (signs[cause] ??= { answers: {}, codes: {} });
  const take = (kind: 'answers' | 'codes', key: string, put: () => void) => {
    const id = `${cause}/${kind}/${key}`;
    const first = owner.get(id);
    if (first)
      issues.push({
        file,
        path: `signs.${cause}.${kind}.${key}`,
        message: `already given in ${first}`,
      });
    else {
      owner.set(id, file);
      put();
    }
  };
  for (const [q, terms] of Object.entries(sign.answers))
    take('answers', q, () => (target.answers[q] = terms));
  for (const [code, term] of Object.entries(sign.codes))
    take('codes', code, () => (target.codes[code] = term));
}
