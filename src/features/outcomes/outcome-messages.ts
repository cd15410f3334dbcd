import type { MessageKey, Translate } from '../../i18n/i18n.ts';
import { MAX_OUTCOMES } from '../../store/outcomes-slice.ts';
import type { Refusal } from './outcome-import.ts';
import { REQUIRED_FIELDS, type OutcomeField, type RowProblem } from './outcome-schema.ts';

/*
 * Import problems in the user's language. Column and key names are quoted as they are
 * in the file (English in both languages), so the user can find them there.
 */

const RULE: Record<OutcomeField, MessageKey> = {
  id: 'outcomesWhyId',
  family: 'outcomesWhyId',
  cause: 'outcomesWhyIdOrEmpty',
  fix: 'outcomesWhyIdOrEmpty',
  date: 'outcomesWhyDate',
  questions: 'outcomesWhyCount',
  minutes: 'outcomesWhyMinutes',
  catalogueVersion: 'outcomesWhyVersion',
};

const WHY = {
  notObject: 'outcomesWhyNotObject',
  cells: 'outcomesWhyCells',
  conflict: 'outcomesWhyConflict',
  full: 'outcomesWhyFull',
} as const satisfies Record<string, MessageKey>;

/** "Row 7: questions must be a whole number, 0 or more" (CSV), or "Entry 7: …" (JSON). */
export function describeProblem(t: Translate, unit: 'row' | 'entry', p: RowProblem): string {
  const why =
    'field' in p
      ? t(p.kind === 'missing' ? 'outcomesWhyMissing' : RULE[p.field], { field: p.field })
      : t(WHY[p.kind], { max: MAX_OUTCOMES });
  return t(unit === 'row' ? 'outcomesRow' : 'outcomesEntry', { n: p.row, why });
}

const REFUSAL = {
  type: 'outcomesRefuseType',
  size: 'outcomesRefuseSize',
  empty: 'outcomesRefuseEmpty',
  notText: 'outcomesRefuseNotText',
  json: 'outcomesRefuseJson',
  shape: 'outcomesRefuseShape',
  quotes: 'outcomesRefuseQuotes',
} as const satisfies Record<Exclude<Refusal['kind'], 'columns'>, MessageKey>;

/** Why a whole file was refused, and that nothing changed. */
export function describeRefusal(t: Translate, r: Refusal | { kind: 'unreadable' }): string {
  let why: string;
  if (r.kind === 'unreadable') why = t('outcomesReadFailed');
  else if (r.kind === 'columns') {
    const problems = [
      r.missing.length > 0 && t('outcomesMissingColumns', { names: r.missing.join(', ') }),
      r.repeated.length > 0 && t('outcomesRepeatedColumns', { names: r.repeated.join(', ') }),
    ].filter(Boolean);
    why = t('outcomesRefuseColumns', {
      problems: problems.join('; '),
      columns: REQUIRED_FIELDS.join(', '),
    });
  } else why = t(REFUSAL[r.kind]);
  return t('outcomesRefused', { why });
}
