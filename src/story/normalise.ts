/** Stories longer than this are cut (with a notice) before matching. */
export const MAX_STORY = 10_000;

/** Where one clause ends: punctuation of either width, line breaks, brackets, quotes. */
const CLAUSE_BREAK = /[,.;:!?。，、；：！？\n\r…~()（）【】[\]"“”‘’「」《》|/\\]+/u;

/**
 * Folds what a person types into a form phrases can be matched against: full-width
 * letters and digits to half-width (NFKC), lower case, runs of spaces to one, and split
 * into clauses, since a negation or an "I don't know" reaches no further than its clause.
 */
export function clauses(input: string): string[] {
  return input
    .slice(0, MAX_STORY)
    .normalize('NFKC')
    .toLowerCase()
    .split(CLAUSE_BREAK)
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Whether the text holds anything to match: letters, digits or CJK, not only emoji or spaces. */
export const hasWords = (input: string): boolean => /[\p{L}\p{N}]/u.test(input);
