import type { Outcome } from '../../store/outcomes-slice.ts';

/** Marks a file as this app's outcome log, for whoever opens it later. */
export const JSON_FORMAT = 'pos-wizard-outcomes';

/**
 * The log as JSON: the outcomes exactly as stored, in a small envelope that says what
 * the file is and when it was made. Indented, so a trainer can read it.
 */
export const outcomesToJson = (outcomes: readonly Outcome[], exported: Date): string =>
  `${JSON.stringify({ format: JSON_FORMAT, version: 1, exported: exported.toISOString(), outcomes }, null, 2)}\n`;

/**
 * The entries of an imported JSON file, or why it is not an outcome log. Takes this
 * app's envelope or a bare list (a trainer's own merge); the entries are checked later,
 * one at a time.
 */
export function jsonEntries(text: string): unknown[] | 'json' | 'shape' {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'json';
  }
  if (Array.isArray(data)) return data;
  const list = data && typeof data === 'object' && (data as { outcomes?: unknown }).outcomes;
  return Array.isArray(list) ? list : 'shape';
}
