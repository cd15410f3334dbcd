import { z } from 'zod';
import { DONT_KNOW } from './constants.ts';
import { PACKET_FIELDS } from './packet-fields.ts';

export { DONT_KNOW };

/**
 * The catalogue's shape. These schemas are the only source of its types
 * (via z.infer); runtime code imports the types, build and test code the schemas.
 */

export const idSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'ids are kebab-case: lower-case letters, digits, hyphens',
  );

const text = z.string().trim().min(1, 'empty text');

/** Every human-facing string, in both languages. */
export const bilingualSchema = z.strictObject({ zh: text, en: text });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** The named likelihood vocabulary; numbers live in rules/vocabulary.json only. */
export const termSchema = z.enum([
  'always',
  'usually',
  'often',
  'unrelated',
  'seldom',
  'rarely',
  'never',
]);
export type Term = z.infer<typeof termSchema>;

export const areaSchema = z.enum([
  'network',
  'hardware',
  'software',
  'merchant',
  'bank',
  'operator',
  'card',
]);
export type Area = z.infer<typeof areaSchema>;

export const actorSchema = z.enum([
  'staff',
  'agent',
  'acquirer',
  'bank',
  'carrier',
  'technician',
  'customer',
]);
export type Actor = z.infer<typeof actorSchema>;

/** What the acquirer's hotline asks for; a fix names the fields it needs. */
export const packetFieldSchema = z.enum(PACKET_FIELDS);
export type PacketField = z.infer<typeof packetFieldSchema>;

export const familySchema = z.strictObject({
  id: idSchema,
  /** Place on the start screen (1 first). */
  order: z.number().int().positive(),
  title: bilingualSchema,
  summary: bilingualSchema,
  /** Texts a terminal shows for this family; matched by the start screen's search. */
  screenTexts: z.array(text).min(1),
  /** causeId -> prior weight (relative; normalised within the family). */
  causes: z.record(idSchema, z.number().positive()),
  /**
   * The fix that finds out whether the customer was already charged (query the last sale,
   * query the order). While a double charge is possible it comes first, and no fix that
   * takes the money again is offered before it was done.
   */
  chargeCheck: idSchema.optional(),
});
export type Family = z.infer<typeof familySchema>;

export const fixLinkSchema = z.strictObject({
  fix: idSchema,
  /** P(this fix resolves the fault | this cause). */
  chance: termSchema,
});

export const urgencySchema = z.strictObject({
  /** Can the shop keep taking payments another way while this is fixed? */
  keepSelling: z.enum(['yes', 'other-means', 'no']),
  /** Is there a risk the customer is charged twice if the cashier simply retries? */
  doubleCharge: z.boolean(),
  note: bilingualSchema.optional(),
});

/**
 * A public page a reviewer can open to check a stated fact: a code table, an acquirer's
 * help page, the scan-pay documentation. `url` is left out for sources without one
 * (a table in public code, found by search), which the title then names.
 */
export const pageSourceSchema = z.strictObject({
  title: z.string().min(3),
  url: z
    .string()
    .regex(/^https:\/\/[^\s]+$/, 'an https address')
    .optional(),
});
export type PageSource = z.infer<typeof pageSourceSchema>;

export const causeSchema = z.strictObject({
  id: idSchema,
  area: areaSchema,
  title: bilingualSchema,
  explanation: bilingualSchema,
  urgency: urgencySchema,
  fixes: z.array(fixLinkSchema).min(1, 'every cause needs at least one fix'),
  /** Public pages that state what the explanation says about a network or a scheme. */
  sources: z.array(pageSourceSchema).optional(),
});
export type Cause = z.infer<typeof causeSchema>;

export const fixSchema = z.strictObject({
  id: idSchema,
  title: bilingualSchema,
  steps: z.array(bilingualSchema).min(1),
  who: actorSchema,
  /** Minutes of effort, including waiting. */
  effort: z
    .number()
    .positive()
    .max(7 * 24 * 60),
  /** The fix takes the customer's money again (a retry, another card, a backup terminal). */
  takesPayment: z.boolean().optional(),
  /** Set when the fix is a call to someone outside the shop: what to read out. */
  escalation: z
    .strictObject({
      contact: bilingualSchema,
      packet: z.array(packetFieldSchema).min(1),
    })
    .optional(),
});
export type Fix = z.infer<typeof fixSchema>;

export const conditionSchema = z.strictObject({
  question: idSchema,
  answers: z.array(idSchema).min(1),
});
export type Condition = z.infer<typeof conditionSchema>;

export const answerSchema = z.strictObject({
  id: idSchema.refine((id) => id !== DONT_KNOW, 'dont-know is implied; do not list it'),
  label: bilingualSchema,
  /** P(answer) for a cause with no sign on this question; defaults to an even share. */
  base: z.number().gt(0).lt(1).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/**
 * Where the answer comes from. A caller who cannot answer one question of a source
 * (no merchant app at hand, the hotline not called) usually cannot answer the others.
 */
export const sourceSchema = z.enum([
  'terminal', // a glance at the terminal: its screen, icons, lights, labels
  'test', // something to do and watch: restart, sign in, a test sale, another card
  'memory', // what the person knows for certain: what changed, where it came from
  'shop', // around the counter: other terminals, the router, phones, neighbours
  'merchant-app', // the acquirer's merchant app or back office
  'customer', // the customer's phone, bill, bank message or card
  'hotline', // a call to the acquirer's hotline
  'agent', // the agent or service provider who installed it
]);
export type Source = z.infer<typeof sourceSchema>;

export const questionSchema = z.strictObject({
  id: idSchema,
  area: areaSchema,
  /** Where the answer comes from; absent: from its effort (see the engine). */
  source: sourceSchema.optional(),
  /** How often a caller can answer at all; absent: from its effort. */
  answerable: termSchema.optional(),
  /** A reading that can be misread (a screen, an icon, a test), so worth a second look. */
  reread: z.boolean().optional(),
  text: bilingualSchema,
  hint: bilingualSchema,
  readAloud: bilingualSchema,
  /** 1 = a glance, 2 = a quick test, 3 = a sale or a restart, 4 = a call, 5 = waits on someone. */
  effort: z.number().int().min(1).max(5),
  /** Asked only when every condition holds. */
  when: z.array(conditionSchema).default([]),
  /** Asked only in these families; absent: in any family whose causes it tells apart. */
  families: z.array(idSchema).min(1).optional(),
  answers: z.array(answerSchema).min(2),
});
export type Question = z.infer<typeof questionSchema>;

export const responseCodeSchema = z.strictObject({
  code: z.string().regex(/^[0-9A-Z]{2}$/, 'a field-39 code is two characters'),
  meaning: bilingualSchema,
  action: z.enum(['retry', 'no-retry', 'operator', 'system']),
  families: z.array(idSchema).min(1),
  /** "card": the customer's card said no; nothing is wrong with the terminal. */
  side: z.enum(['card']).optional(),
  /** Where the meaning is stated (issue 15): every code has at least one. */
  sources: z.array(pageSourceSchema).optional(),
});
export type ResponseCode = z.infer<typeof responseCodeSchema>;

/**
 * The evidence model, kept apart from causes and questions so that any file may
 * say how any cause shows: causeId -> { answers: questionId -> answerId -> term,
 * codes: code -> term }. "dont-know" may be given as an answer id when not
 * knowing is itself telling; otherwise it carries no evidence.
 */
export const signSchema = z.strictObject({
  answers: z.record(idSchema, z.record(idSchema, termSchema)).default({}),
  codes: z.record(z.string(), termSchema).default({}),
});
export type Sign = z.infer<typeof signSchema>;

/** A training scenario: a situation, the answers its caller gives, and the true cause. */
export const scenarioSchema = z.strictObject({
  id: idSchema,
  family: idSchema,
  title: bilingualSchema,
  situation: bilingualSchema,
  /**
   * What the caller says first, in their own words: the quiz shows only this and lets
   * the trainee ask for the rest (the situation would give the answers away).
   */
  opening: bilingualSchema.optional(),
  answers: z.record(idSchema, z.string().min(1)),
  truth: idSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * Something a person may say before any question ("换完电池以后一刷卡就提示A0"): the
 * phrases that say it, and the answers it implies. A space in a phrase lets a few other
 * characters (zh) or words (en) stand between its parts: "换 电池" matches 换了电池.
 */
export const observationSchema = z.strictObject({
  id: idSchema,
  area: areaSchema,
  label: bilingualSchema,
  phrases: z.strictObject({
    zh: z.array(text).min(1),
    en: z.array(text).min(1),
  }),
  /** questionId -> answerId; one observation may settle several questions. */
  implies: z
    .record(
      idSchema,
      z.union([idSchema, z.string().regex(/^[0-9A-Z]{2}$/, 'an answer id or a code')]),
    )
    .refine((m) => Object.keys(m).length > 0, 'implies nothing'),
});
export type Observation = z.infer<typeof observationSchema>;

/**
 * An id as the code book lists it: a catalogue id, a derived "check again" id
 * (`q--again`, decision 0008) or a response code (the answers of `screen-code`).
 */
const bookIdSchema = z.string().regex(/^[0-9A-Za-z]+(?:--?[0-9A-Za-z]+)*$/, 'not a code book id');
const bookListSchema = z
  .array(bookIdSchema)
  .refine((ids) => new Set(ids).size === ids.length, 'an id is listed twice');
const appendedSchema = z.number().int().positive();

/**
 * One family's page of the code book: the lists a case code's indices point into. Ids
 * are only ever appended (decision 0014), so an index means the same id in every version.
 */
export const familyBookSchema = z.strictObject({
  /** The book version that added the family. */
  since: z.number().int().positive(),
  /** Every question the family can ask, "check again" and `screen-code` included. */
  questions: bookListSchema,
  /** questionId -> its answer ids; "don't know" is implied, never listed. */
  answers: z.record(bookIdSchema, bookListSchema),
  /** Every fix the family's causes link to. */
  fixes: bookListSchema,
  /**
   * version -> how many ids that version appended to each list. A code carries the
   * version it was made with; these counts give the lists as they were then, and so the
   * bit widths it was written with.
   */
  added: z
    .record(
      z.string().regex(/^[1-9][0-9]*$/, 'a version number'),
      z.strictObject({
        questions: appendedSchema.optional(),
        fixes: appendedSchema.optional(),
        answers: z.record(bookIdSchema, appendedSchema).optional(),
      }),
    )
    .default({}),
});
export type FamilyBook = z.infer<typeof familyBookSchema>;

/** The append-only code book behind case codes (rules/code-book.json, decision 0014). */
export const codeBookSchema = z
  .strictObject({
    /** Goes up by one whenever the book grows. */
    version: z.number().int().positive(),
    /** Keyed by family id; a family's place in this order is its index in a code. */
    families: z.record(idSchema, familyBookSchema),
  })
  .superRefine((book, ctx) => {
    for (const [id, page] of Object.entries(book.families))
      for (const message of bookPageProblems(page, book.version))
        ctx.addIssue({ code: 'custom', path: ['families', id], message });
  });
export type CodeBook = z.infer<typeof codeBookSchema>;

/** What would make a page give wrong lists for an older version. */
function bookPageProblems(page: FamilyBook, version: number): string[] {
  const out: string[] = [];
  if (page.since > version) out.push(`added in version ${page.since}, after the book's ${version}`);
  const total = (count: (a: FamilyBook['added'][string]) => number | undefined) =>
    Object.values(page.added).reduce((sum, a) => sum + (count(a) ?? 0), 0);
  for (const v of Object.keys(page.added).map(Number))
    if (v <= page.since || v > version) out.push(`"added" names version ${v}, outside its life`);
  if (total((a) => a.questions) > page.questions.length)
    out.push('more questions added than listed');
  if (total((a) => a.fixes) > page.fixes.length) out.push('more fixes added than listed');
  for (const q of page.questions) {
    const answers = page.answers[q];
    if (!answers) out.push(`question "${q}" has no answer list`);
    else if (total((a) => a.answers?.[q]) > answers.length)
      out.push(`more answers added to "${q}" than listed`);
  }
  for (const q of Object.keys(page.answers))
    if (!page.questions.includes(q)) out.push(`answers for "${q}", which is not listed`);
  return out;
}

/** "question.answer", as a link writes an answer. */
const answerPairSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9][a-z0-9]*(?:-[a-z0-9]+)*$/, 'question.answer');

/**
 * What old ids became when questions or observations were merged (issue 15: one question
 * per fact). Links, saved cases, case codes and scenarios written before the merge name
 * the old ids; they are read as the new ones. An answer that kept its id under the
 * question's new id needs no entry in `answers`.
 */
export const aliasesSchema = z.strictObject({
  /** old question id -> the question it became */
  questions: z.record(idSchema, idSchema).default({}),
  /** "oldQuestion.oldAnswer" -> "newQuestion.newAnswer", for answers renamed in a merge */
  answers: z.record(answerPairSchema, answerPairSchema).default({}),
  /** old observation id -> the observation it became */
  observations: z.record(idSchema, idSchema).default({}),
});
export type Aliases = z.infer<typeof aliasesSchema>;

/** One file under rules/: any mix of sections; the loader merges them. */
export const rulesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  families: z.array(familySchema).default([]),
  causes: z.array(causeSchema).default([]),
  questions: z.array(questionSchema).default([]),
  fixes: z.array(fixSchema).default([]),
  responseCodes: z.array(responseCodeSchema).default([]),
  signs: z.record(idSchema, signSchema).default({}),
  scenarios: z.array(scenarioSchema).default([]),
  observations: z.array(observationSchema).default([]),
  /**
   * The code book. rules/code-book.json holds it alone (the loader reads that file as
   * this section); a catalogue written back as one file carries it here.
   */
  codeBook: codeBookSchema.optional(),
  /** Old ids and what they became (rules/aliases.json). */
  aliases: aliasesSchema.optional(),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;

export const vocabularySchema = z.strictObject({
  $schema: z.string().optional(),
  terms: z.record(termSchema, z.number().gt(0).lt(1)),
  /** Prior of the implicit "other / not listed" cause in every family. */
  otherPrior: z.number().gt(0).lt(0.5),
  /** Stop when the leading cause reaches this probability. */
  confidence: z.number().gt(0.5).lt(1),
  /** Stop when no question is expected to gain this many bits. */
  minGainBits: z.number().min(0),
  /** Stop after this many answered questions. */
  budget: z.number().int().positive(),
  /** How strongly a question's effort discounts its information gain (0 = ignore effort). */
  effortWeight: z.number().min(0),
  /**
   * How often a cause that signs no code still shows one (a misreading, a stray code).
   * A field-39 code means the host replied, so for causes where nothing comes back this
   * is small.
   */
  codeStray: z.number().gt(0).lt(1).default(0.2),
  /** From this share of double-charge causes on, the family's charge check comes first. */
  chargeCheckFrom: z.number().gt(0).lt(1).default(0.05),
  /** How often a person gives a wrong answer by mistake: mixes an even share into every answer. */
  slip: z.number().min(0).lt(0.5),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

export type Catalogue = {
  vocabulary: Vocabulary;
  families: Family[];
  causes: Cause[];
  questions: Question[];
  fixes: Fix[];
  responseCodes: ResponseCode[];
  /** causeId -> its signs, merged from every file. */
  signs: Record<string, Sign>;
  scenarios: Scenario[];
  observations: Observation[];
  /** The append-only list behind case codes; absent in hand-made test catalogues. */
  codeBook?: CodeBook | undefined;
  /** Old ids and what they became; absent when nothing was ever renamed. */
  aliases?: Aliases | undefined;
};
