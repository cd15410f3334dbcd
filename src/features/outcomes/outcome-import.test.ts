import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n.ts';
import { MAX_OUTCOMES, type Outcome } from '../../store/outcomes-slice.ts';
import { sanitise } from '../../store/persisted-state.ts';
import { toCsv } from './outcome-csv.ts';
import {
  MAX_FILE_BYTES,
  mergeOutcomes,
  readOutcomeFile,
  refuseFile,
  type Numbered,
} from './outcome-import.ts';
import { describeProblem, describeRefusal } from './outcome-messages.ts';
import { checkOutcome, isProblem } from './outcome-schema.ts';

const outcome = (id: string, extra: Partial<Outcome> = {}): Outcome => ({
  id,
  family: 'no-route',
  cause: 'acquirer-route',
  fix: 'reload-params',
  questions: 4,
  minutes: 3.5,
  date: '2026-11-21',
  ...extra,
});
const header = ['id', 'date', 'family', 'cause', 'fix', 'questions', 'minutes'];
const csv = (...rows: string[][]) => toCsv([header, ...rows]);
const t = translator('en');

describe('a whole file is refused, with a reason', () => {
  it('by its name or size before it is read', () => {
    expect(refuseFile({ name: 'log.xlsx', size: 10 })).toEqual({ kind: 'type' });
    expect(refuseFile({ name: 'log', size: 10 })).toEqual({ kind: 'type' });
    expect(refuseFile({ name: 'log.csv', size: MAX_FILE_BYTES + 1 })).toEqual({ kind: 'size' });
    expect(refuseFile({ name: 'log.json', size: 0 })).toEqual({ kind: 'empty' });
    expect(refuseFile({ name: 'LOG.CSV', size: MAX_FILE_BYTES })).toBeNull();
  });

  it.each([
    ['log.txt', 'id,date', 'type'],
    ['log.csv', 'PK\u0003\u0004\u0000\u0000binary', 'notText'],
    ['log.csv', '\uFEFF \r\n', 'empty'],
    ['log.json', '{"outcomes": [', 'json'],
    ['log.json', '{"cases": []}', 'shape'],
    ['log.json', '42', 'shape'],
    ['log.csv', 'id,date,family,cause,fix,questions,minutes\r\n"k1,2026-11-21\r\n', 'quotes'],
  ])('%s holding %j: %s', (name, text, kind) => {
    expect(readOutcomeFile(name, text)).toEqual({ ok: false, refusal: { kind } });
  });

  it('when columns are missing or repeated, naming them', () => {
    expect(readOutcomeFile('a.csv', 'case,when\r\nk1,2026-11-21\r\n')).toEqual({
      ok: false,
      refusal: {
        kind: 'columns',
        missing: ['id', 'date', 'family', 'cause', 'fix', 'questions', 'minutes'],
        repeated: [],
      },
    });
    expect(readOutcomeFile('a.csv', toCsv([[...header, 'fix']]))).toMatchObject({
      refusal: { kind: 'columns', missing: [], repeated: ['fix'] },
    });
    const noMinutes = JSON.stringify([{ ...outcome('a'), minutes: undefined }]);
    expect(readOutcomeFile('a.json', noMinutes)).toMatchObject({
      refusal: { kind: 'columns', missing: ['minutes'] },
    });
  });

  it('and says so in words, adding that nothing changed', () => {
    const columns = describeRefusal(t, { kind: 'columns', missing: ['date'], repeated: ['fix'] });
    expect(columns).toBe(
      'Wrong columns: missing date; repeated fix. The file needs these columns: id, date, family, cause, fix, questions, minutes. Nothing on this device was changed.',
    );
    expect(describeRefusal(translator('zh'), { kind: 'size' })).toBe(
      '文件超过 5 MB。本机记录没有改动。',
    );
  });
});

describe('bad rows are named and skipped', () => {
  it('in a CSV, by spreadsheet row (the header is row 1), with the rest kept', () => {
    const read = readOutcomeFile(
      'a.csv',
      csv(
        ['k1', '2026-11-21', 'no-route', 'c', 'f', '3', '1.25'],
        ['k2', '2026-02-30', 'no-route', 'c', 'f', '3', '1'],
        ['', '', '', '', '', '', ''],
        ['k3', '2026-11-21', 'no-route', 'c', 'f', 'three', '1'],
        ['k4', '2026-11-21', 'no-route', 'c', 'f', '3', '1', 'extra'],
        ['k5', '2026/1/5', 'no-route', '', '', '0', '0'],
        ['', '2026-11-21', 'no-route', 'c', 'f', '3', '1'],
      ),
    );
    if (!read.ok) throw new Error('refused');
    expect(read.outcomes).toEqual([
      { row: 2, outcome: outcome('k1', { cause: 'c', fix: 'f', questions: 3, minutes: 1.3 }) },
      {
        row: 7,
        outcome: outcome('k5', {
          cause: null,
          fix: null,
          questions: 0,
          minutes: 0,
          date: '2026-01-05',
        }),
      },
    ]);
    expect(read.problems.map((p) => describeProblem(t, read.unit, p))).toEqual([
      'Row 3: date must be a date such as 2026-11-21',
      'Row 5: questions must be a whole number, 0 or more',
      'Row 6: more cells than columns (perhaps a comma without quotes)',
      'Row 8: id may hold only letters, digits and "-"',
    ]);
  });

  it('in JSON, by entry, missing and wrong fields told apart', () => {
    const read = readOutcomeFile(
      'a.json',
      JSON.stringify({
        outcomes: [
          outcome('a'),
          'text',
          { ...outcome('b'), fix: undefined },
          { ...outcome('c'), minutes: -1 },
        ],
      }),
    );
    if (!read.ok) throw new Error('refused');
    expect(read.outcomes.map((o) => o.outcome.id)).toEqual(['a']);
    expect(read.problems.map((p) => describeProblem(translator('zh'), read.unit, p))).toEqual([
      '第 2 条：不是一条结果记录',
      '第 3 条：缺少 fix',
      '第 4 条：minutes 应为 0 或更大的数',
    ]);
  });

  it('whatever the import accepts, the store keeps after a reload (fast-check)', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 70 }),
      fc.constantFrom('a', 'no-route', '2026-11-21', '1999-02-29', '2024-02-29'),
      fc.integer({ min: -5, max: 1e7 + 5 }),
      fc.double(),
    );
    const raw = fc.record(
      {
        id: value,
        family: value,
        cause: value,
        fix: value,
        questions: value,
        minutes: value,
        date: value,
        catalogueVersion: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (r) => {
        const checked = checkOutcome(r, 1);
        if (!isProblem(checked))
          expect(sanitise({ outcomes: [checked] }).outcomes).toEqual([checked]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('merging into the stored log', () => {
  const numbered = (...list: Outcome[]): Numbered[] =>
    list.map((o, i) => ({ row: i + 2, outcome: o }));

  it('adds new outcomes after the stored ones, losing nothing', () => {
    const stored = [outcome('a'), outcome('b')];
    const merged = mergeOutcomes(stored, numbered(outcome('c'), outcome('d')));
    expect(merged.outcomes.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged).toMatchObject({ added: 2, duplicates: 0, problems: [] });
  });

  it('recognises a duplicate (same case, date, cause and fix), also within the file', () => {
    const stored = [outcome('a')];
    const merged = mergeOutcomes(
      stored,
      numbered(outcome('a', { minutes: 9 }), outcome('b'), outcome('b')),
    );
    expect(merged.outcomes).toEqual([outcome('a'), outcome('b')]);
    expect(merged).toMatchObject({ added: 1, duplicates: 2, problems: [] });
  });

  it('keeps the stored outcome when the file has another for the same case', () => {
    const stored = [outcome('a')];
    const merged = mergeOutcomes(stored, numbered(outcome('a', { fix: 'other-fix' })));
    expect(merged.outcomes).toEqual(stored);
    expect(merged.problems).toEqual([{ row: 2, kind: 'conflict' }]);
  });

  it(`stops at ${MAX_OUTCOMES} and names the rows left out, rather than drop stored ones`, () => {
    const stored = Array.from({ length: MAX_OUTCOMES - 1 }, (_, i) => outcome(`s${i}`));
    const merged = mergeOutcomes(stored, numbered(outcome('x'), outcome('y'), outcome('z')));
    expect(merged.outcomes).toHaveLength(MAX_OUTCOMES);
    expect(merged.outcomes.slice(0, stored.length)).toEqual(stored);
    expect(merged.added).toBe(1);
    expect(merged.problems).toEqual([
      { row: 3, kind: 'full' },
      { row: 4, kind: 'full' },
    ]);
    expect(describeProblem(t, 'row', merged.problems[0]!)).toBe(
      `Row 3: the log is full (${MAX_OUTCOMES} outcomes at most)`,
    );
  });

  it('imports the same file twice without doubling anything', () => {
    const file = csv(['k1', '2026-11-21', 'no-route', 'c', 'f', '3', '1']);
    const read = readOutcomeFile('a.csv', file);
    if (!read.ok) throw new Error('refused');
    const once = mergeOutcomes([], read.outcomes);
    const twice = mergeOutcomes(once.outcomes, read.outcomes);
    expect(twice.outcomes).toEqual(once.outcomes);
    expect(twice).toMatchObject({ added: 0, duplicates: 1 });
  });
});
