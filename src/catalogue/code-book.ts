import { familyModel } from '../engine/model.ts';
import type { Catalogue, CodeBook, FamilyBook } from './schema.ts';

/*
 * The code book (rules/code-book.json, decision 0014): per family, the lists a case
 * code's indices point into. A code is read over the phone days after it was made, by
 * an app that may have a newer catalogue, so an index must keep its meaning: ids are
 * only ever appended. An id the catalogue dropped stays listed ("retired"); decoding
 * names it instead of reading some other id in its place.
 */

/** What a code's indices point into, for one family. */
export type FamilyLists = {
  questions: readonly string[];
  /** questionId -> its answer ids ("don't know" is implied). */
  answers: Readonly<Record<string, readonly string[]>>;
  fixes: readonly string[];
};

/** The book as it was at one version: the families then, in index order. */
export type BookEdition = {
  version: number;
  families: readonly (FamilyLists & { id: string })[];
};

/** What a family can put in a case, from its compiled model: the ids the book must hold. */
export function familyLists(catalogue: Catalogue, family: string): FamilyLists {
  const model = familyModel(catalogue, family);
  return {
    questions: model.questions.map((q) => q.id),
    answers: Object.fromEntries(model.questions.map((q) => [q.id, q.answers])),
    fixes: [...model.fixChance.keys()],
  };
}

/** The ids in `want` that `have` lacks, list by list, in `want`'s order. */
export function newIds(have: FamilyLists | undefined, want: FamilyLists): FamilyLists {
  const lacking = (had: readonly string[] | undefined, wanted: readonly string[]) =>
    wanted.filter((id) => !had?.includes(id));
  const answers: Record<string, string[]> = {};
  for (const q of want.questions) {
    const ids = lacking(have?.answers[q], want.answers[q] ?? []);
    if (ids.length > 0) answers[q] = ids;
  }
  return {
    questions: lacking(have?.questions, want.questions),
    answers,
    fixes: lacking(have?.fixes, want.fixes),
  };
}

const isEmpty = (lists: FamilyLists) =>
  lists.questions.length + lists.fixes.length + Object.keys(lists.answers).length === 0;

/**
 * The book with every id of the catalogue it lacks appended, and its version one up; the
 * same book when nothing is missing. Without a book, version 1 with everything.
 */
export function extendCodeBook(catalogue: Catalogue, book: CodeBook | undefined): CodeBook {
  const version = (book?.version ?? 0) + 1;
  const families = { ...book?.families };
  let grew = false;
  for (const { id } of catalogue.families) {
    const page = families[id];
    const want = familyLists(catalogue, id);
    const extra = newIds(page, want);
    if (isEmpty(extra)) continue;
    grew = true;
    families[id] = page ? appendTo(page, extra, version) : newPage(want, version);
  }
  return grew || !book ? { version, families } : book;
}

function newPage(lists: FamilyLists, since: number): FamilyBook {
  return {
    since,
    questions: [...lists.questions],
    answers: Object.fromEntries(Object.entries(lists.answers).map(([q, a]) => [q, [...a]])),
    fixes: [...lists.fixes],
    added: {},
  };
}

/** The page with `extra` at the end of each list, and how much it added under `version`. */
function appendTo(page: FamilyBook, extra: FamilyLists, version: number): FamilyBook {
  const answers = { ...page.answers };
  for (const [q, ids] of Object.entries(extra.answers))
    answers[q] = [...(answers[q] ?? []), ...ids];
  const counts = Object.fromEntries(Object.entries(extra.answers).map(([q, a]) => [q, a.length]));
  return {
    ...page,
    questions: [...page.questions, ...extra.questions],
    answers,
    fixes: [...page.fixes, ...extra.fixes],
    added: {
      ...page.added,
      [version]: {
        ...(extra.questions.length > 0 && { questions: extra.questions.length }),
        ...(extra.fixes.length > 0 && { fixes: extra.fixes.length }),
        ...(Object.keys(counts).length > 0 && { answers: counts }),
      },
    },
  };
}

const editions = new WeakMap<CodeBook, Map<number, BookEdition>>();

/**
 * The book as it was at `version` (which must not be newer than the book): each list
 * without what later versions appended. A code is read with the edition it was made
 * with, so the widths of its fields are the ones it was written with.
 */
export function editionAt(book: CodeBook, version: number): BookEdition {
  let byVersion = editions.get(book);
  if (!byVersion) editions.set(book, (byVersion = new Map()));
  let edition = byVersion.get(version);
  if (!edition) byVersion.set(version, (edition = cutTo(book, version)));
  return edition;
}

function cutTo(book: CodeBook, version: number): BookEdition {
  const families = Object.entries(book.families)
    .filter(([, page]) => page.since <= version)
    .map(([id, page]) => {
      const later = Object.entries(page.added)
        .filter(([v]) => Number(v) > version)
        .map(([, added]) => added);
      const keep = (list: readonly string[], count: (a: (typeof later)[number]) => number) =>
        list.slice(0, Math.max(0, list.length - later.reduce((n, a) => n + count(a), 0)));
      const questions = keep(page.questions, (a) => a.questions ?? 0);
      return {
        id,
        questions,
        answers: Object.fromEntries(
          questions.map((q) => [q, keep(page.answers[q] ?? [], (a) => a.answers?.[q] ?? 0)]),
        ),
        fixes: keep(page.fixes, (a) => a.fixes ?? 0),
      };
    });
  return { version, families };
}
