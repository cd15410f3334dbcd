/** Stories longer than this are cut (with a notice) before matching. */
export const MAX_STORY = 10_000;

/**
 * Where one clause ends: punctuation of either width, line breaks, brackets, quotes.
 * A list comma 、 does not end one: "几百、一两千的也都刷得好好的" is one statement.
 */
const CLAUSE_BREAK = /[,.;:!?。，；：！？\n\r…~()（）【】[\]"“”‘’「」《》|/\\]+/gu;
/** Where a sentence ends; within one, every other break reads as a comma. */
const SENTENCE_END = /[.;!?。；！？\n\r…]+/u;

/**
 * Folds what a person types into a form phrases can be matched against: full-width
 * letters and digits to half-width (NFKC), lower case, runs of spaces to one. A time is
 * one token ("11:40" -> "11h40"), not two clauses.
 */
const fold = (input: string): string =>
  input
    .slice(0, MAX_STORY)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d)[:：](\d)/g, '$1h$2');

const tidy = (parts: string[]) => parts.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The story in clauses: a negation or an "I don't know" reaches no further than its clause. */
export const clauses = (input: string): string[] => tidy(fold(input).split(CLAUSE_BREAK));

/** The story in sentences, inner breaks as "，", for phrases that reach across a comma. */
export const sentences = (input: string): string[] =>
  tidy(
    fold(input)
      .split(SENTENCE_END)
      .map((s) => s.replace(CLAUSE_BREAK, '，')),
  );

/** Whether the text holds anything to match: letters, digits or CJK, not only emoji or spaces. */
export const hasWords = (input: string): boolean => /[\p{L}\p{N}]/u.test(input);
