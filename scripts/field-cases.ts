import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A hand-written field case (tests/cases): situation first, then what the caller knows. */
export type FieldCase = {
  id: string;
  situation: { zh: string; en: string };
  /** What the clerk would say on the phone, in their words. */
  story?: { zh: string; en: string };
  answers: Record<string, string>;
  expected: string;
  /** A known miss, with why: it must stay in the top 3, and there may be very few. */
  open?: string;
};

export type FieldCaseFile = { family: string; cases: FieldCase[] };

/** Every field case file, by family. */
export function readFieldCases(dir = resolve('tests/cases')): FieldCaseFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as FieldCaseFile);
}
