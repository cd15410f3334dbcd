import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../store/outcomes-slice.ts';
import { CSV_COLUMNS, outcomesToCsv, parseCsv, toCsv, type TitleOf } from './outcome-csv.ts';
import { jsonEntries, outcomesToJson } from './outcome-json.ts';
import { readOutcomeFile } from './outcome-import.ts';

const log: Outcome[] = [
  {
    id: 'k3x9',
    family: 'no-route',
    cause: 'acquirer-route',
    fix: 'reload-params',
    questions: 4,
    minutes: 3.5,
    date: '2026-11-21',
    catalogueVersion: 2,
  },
  {
    id: 'a1',
    family: 'scan-pay-missing',
    cause: null,
    fix: null,
    questions: 0,
    minutes: 0,
    date: '2026-11-22',
  },
];
/** Names with everything CSV must quote: Chinese, commas, quotes, line breaks, edge spaces. */
const title: TitleOf = (kind, id) => (id === null ? '都不像' : `${kind}「${id}」, "引号"\n第二行 `);

describe('CSV cells', () => {
  it('start with a BOM, end rows with CRLF, and quote only what needs it', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', ' padded', '中文'],
    ]);
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi"""\r\n"line\nbreak"," padded",中文\r\n');
  });

  it('read back exactly what was written, whatever the text (fast-check)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '文') });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it('read LF and CR line ends, a missing last line end, and keep blank rows in place', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\r\rb\r')).toEqual([['a'], [''], ['b']]);
  });

  it('refuse a quote that is never closed', () => {
    expect(parseCsv('a,"b\nc,d\n')).toBeNull();
  });
});

describe('the log as CSV', () => {
  it('has English column names, one row per outcome, and names beside ids', () => {
    const rows = parseCsv(outcomesToCsv(log, title))!;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const second = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(second).toMatchObject({ cause: '', causeTitle: '都不像', fix: '', fixTitle: '' });
    expect(rows[1]![CSV_COLUMNS.indexOf('familyTitle')]).toBe(
      'family「no-route」, "引号"\n第二行 ',
    );
  });

  it('reads back as the same outcomes', () => {
    const read = readOutcomeFile('log.csv', outcomesToCsv(log, title));
    expect(read).toEqual({
      ok: true,
      unit: 'row',
      outcomes: log.map((outcome, i) => ({ row: i + 2, outcome })),
      problems: [],
    });
  });
});

describe('the log as JSON', () => {
  it('reads back as the same outcomes, from the envelope or a bare list', () => {
    const json = outcomesToJson(log, new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({ format: 'pos-wizard-outcomes', version: 1 });
    const read = readOutcomeFile('log.json', json);
    expect(read.ok && read.outcomes.map((o) => o.outcome)).toEqual(log);
    expect(jsonEntries(JSON.stringify(log))).toEqual(log);
  });
});
