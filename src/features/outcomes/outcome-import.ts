import { MAX_OUTCOMES, type Outcome } from '../../store/outcomes-slice.ts';
import { csvRowToFields, parseCsv } from './outcome-csv.ts';
import { jsonEntries } from './outcome-json.ts';
import { checkOutcome, isProblem, REQUIRED_FIELDS, type RowProblem } from './outcome-schema.ts';

/*
 * Reading another device's outcome log (a trainer merges several shops). A whole file
 * is refused, changing nothing, when it cannot be an outcome log: the wrong type, too
 * big, not text, broken JSON or CSV, the wrong columns. Otherwise each row is checked
 * on its own: a bad row is named and skipped and the rest still count.
 */

/** Far above any real log (500 outcomes are about 75 kB), and small enough to read on a phone. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Refusal =
  | { kind: 'type' | 'size' | 'empty' | 'notText' | 'json' | 'shape' | 'quotes' }
  | { kind: 'columns'; missing: string[]; repeated: string[] };

type Format = 'csv' | 'json';
const formatOf = (name: string): Format | null =>
  /\.csv$/i.test(name) ? 'csv' : /\.json$/i.test(name) ? 'json' : null;

/** Refuses a file before reading it, by its name and size alone. */
export function refuseFile(file: { name: string; size: number }): Refusal | null {
  if (!formatOf(file.name)) return { kind: 'type' };
  if (file.size > MAX_FILE_BYTES) return { kind: 'size' };
  if (file.size === 0) return { kind: 'empty' };
  return null;
}

export type Numbered = { row: number; outcome: Outcome };
export type ReadFile =
  | { ok: false; refusal: Refusal }
  | { ok: true; unit: 'row' | 'entry'; outcomes: Numbered[]; problems: RowProblem[] };

const refuse = (refusal: Refusal): ReadFile => ({ ok: false, refusal });

/** Names in `REQUIRED_FIELDS` that `names` lacks, and names it has twice. */
function columnProblem(names: readonly string[]): Refusal | null {
  const missing = REQUIRED_FIELDS.filter((f) => !names.includes(f));
  const repeated = [...new Set(names.filter((n, i) => n !== '' && names.indexOf(n) !== i))];
  return missing.length || repeated.length ? { kind: 'columns', missing, repeated } : null;
}

/** A row to check, or one already found wrong. */
type RawRow = { row: number; raw: unknown } | RowProblem;

/** Checks each raw row, numbered as the user sees the file. */
function check(unit: 'row' | 'entry', raws: RawRow[]): ReadFile {
  const outcomes: Numbered[] = [];
  const problems: RowProblem[] = [];
  for (const item of raws) {
    const checked = 'kind' in item ? item : checkOutcome(item.raw, item.row);
    if (isProblem(checked)) problems.push(checked);
    else outcomes.push({ row: item.row, outcome: checked });
  }
  return { ok: true, unit, outcomes, problems };
}

/**
 * A file's outcomes, the rows skipped and why, or why the whole file is refused. CSV
 * rows are numbered as a spreadsheet shows them (the header is row 1); JSON entries
 * from 1.
 */
export function readOutcomeFile(name: string, text: string): ReadFile {
  const format = formatOf(name);
  if (!format) return refuse({ kind: 'type' });
  if (text.includes('\u0000')) return refuse({ kind: 'notText' });
  if (text.replace(/^\uFEFF/, '').trim() === '') return refuse({ kind: 'empty' });
  if (format === 'json') {
    const entries = jsonEntries(text);
    if (!Array.isArray(entries)) return refuse({ kind: entries });
    const objects = entries.filter((e): e is object => !!e && typeof e === 'object');
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    const wrong = objects.length > 0 && columnProblem(keys);
    if (wrong) return refuse(wrong);
    return check(
      'entry',
      entries.map((raw, i) => ({ row: i + 1, raw })),
    );
  }
  const rows = parseCsv(text);
  if (!rows) return refuse({ kind: 'quotes' });
  const [head = [], ...data] = rows;
  const header = head.map((h) => h.trim());
  const wrong = columnProblem(header);
  if (wrong) return refuse(wrong);
  return check(
    'row',
    data.flatMap((cells, i): RawRow[] => {
      const row = i + 2;
      if (cells.every((c) => c.trim() === '')) return [];
      // More cells than columns: a comma that was not quoted, so no cell can be trusted.
      if (cells.length > header.length) return [{ row, kind: 'cells' }];
      return [{ row, raw: csvRowToFields(header, cells) }];
    }),
  );
}

export type Merged = {
  /** The new log: everything stored, then what was added, in the file's order. */
  outcomes: Outcome[];
  added: number;
  /** Already on this device (same case, date, cause and fix), so not added again. */
  duplicates: number;
  /** Rows that could not be added: a case this device has with another outcome, or the log full. */
  problems: RowProblem[];
};

const sameOutcome = (a: Outcome, b: Outcome) =>
  a.id === b.id && a.date === b.date && a.cause === b.cause && a.fix === b.fix;

/**
 * Adds imported outcomes to the stored ones without losing any stored one. The log
 * keeps one outcome per case: the same case with the same date, cause and fix is a
 * duplicate; with another outcome it is a conflict, and the stored one stays. When the
 * log is full, the rest are named rather than pushing stored ones out.
 */
export function mergeOutcomes(stored: readonly Outcome[], incoming: readonly Numbered[]): Merged {
  const byId = new Map(stored.map((o) => [o.id, o]));
  const outcomes = [...stored];
  const problems: RowProblem[] = [];
  let duplicates = 0;
  for (const { row, outcome } of incoming) {
    const there = byId.get(outcome.id);
    if (there && sameOutcome(there, outcome)) duplicates++;
    else if (there) problems.push({ row, kind: 'conflict' });
    else if (outcomes.length >= MAX_OUTCOMES) problems.push({ row, kind: 'full' });
    else {
      outcomes.push(outcome);
      byId.set(outcome.id, outcome);
    }
  }
  return { outcomes, added: outcomes.length - stored.length, duplicates, problems };
}
