import type { Outcome } from '../../store/outcomes-slice.ts';
import { REQUIRED_FIELDS } from './outcome-schema.ts';

/*
 * The outcome log as CSV, for a spreadsheet. UTF-8 with a byte-order mark, because
 * Excel reads a CSV without one in the system's code page and garbles Chinese. Fields
 * are quoted as RFC 4180 says: when they hold a comma, a quote, a line break, or
 * spaces at either end (which Excel would otherwise trim).
 */

const BOM = '\uFEFF';

const cell = (v: string): string =>
  /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;

/** Rows of cells as CSV text: BOM first, CRLF after every row (what Excel writes). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  BOM + rows.map((r) => `${r.map(cell).join(',')}\r\n`).join('');

/**
 * CSV text as rows of cells, or null when a quoted field is never closed (a cut-off
 * file). Accepts CRLF, LF or CR line ends and a leading BOM. Blank rows are kept (as
 * `['']`), so the n-th row is the spreadsheet's row n.
 */
export function parseCsv(text: string): string[][] | null {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') field += src[i++];
      else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) return null;
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Names for people reading the file; an import ignores them and reads the ids. */
export type TitleOf = (kind: 'family' | 'cause' | 'fix', id: string | null) => string;

/** Column order: date and ids first, each id followed by its name. */
export const CSV_COLUMNS = [
  'date',
  'id',
  'family',
  'familyTitle',
  'cause',
  'causeTitle',
  'fix',
  'fixTitle',
  'questions',
  'minutes',
  'catalogueVersion',
] as const;

/** The log as CSV, one row per outcome; a null cause or fix is an empty cell. */
export function outcomesToCsv(outcomes: readonly Outcome[], title: TitleOf): string {
  const rows = outcomes.map((o) => {
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      date: o.date,
      id: o.id,
      family: o.family,
      familyTitle: title('family', o.family),
      cause: o.cause ?? '',
      causeTitle: title('cause', o.cause),
      fix: o.fix ?? '',
      fixTitle: o.fix === null ? '' : title('fix', o.fix),
      questions: String(o.questions),
      minutes: String(o.minutes),
      catalogueVersion: o.catalogueVersion === undefined ? '' : String(o.catalogueVersion),
    };
    return CSV_COLUMNS.map((c) => values[c]);
  });
  return toCsv([CSV_COLUMNS, ...rows]);
}

/** A date as a spreadsheet may have re-saved it (2026/1/5) in the log's form (2026-01-05). */
const normaliseDate = (v: string): string => {
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(v);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
};
const NUMBER = /^\d+(\.\d+)?$/;

/**
 * One data row as the fields the schema checks: empty cause and fix are null, numbers
 * are numbers (anything else stays text, so the schema names it), an empty catalogue
 * version is absent. Cells are trimmed: spreadsheets pad them.
 */
export function csvRowToFields(header: readonly string[], cells: readonly string[]) {
  const get = (name: string) => (cells[header.indexOf(name)] ?? '').trim();
  const num = (v: string) => (NUMBER.test(v) ? Number(v) : v);
  const fields: Record<string, unknown> = {};
  for (const name of REQUIRED_FIELDS) fields[name] = get(name);
  fields.cause = get('cause') || null;
  fields.fix = get('fix') || null;
  fields.date = normaliseDate(get('date'));
  fields.questions = num(get('questions'));
  fields.minutes = num(get('minutes'));
  const version = header.includes('catalogueVersion') ? get('catalogueVersion') : '';
  if (version) fields.catalogueVersion = num(version);
  return fields;
}
