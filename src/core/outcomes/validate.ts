/**
 * Checks of an outcome and its measures before anything is written. Errors are impossible or
 * unusable entries (no statement, no indicator, a date that does not exist, a target date before
 * the baseline date): the change is refused with a message per field. Missing measures (no data
 * source yet...) are allowed but reported, so the measurement table shows what is still to find.
 */
import { OUTCOME_LEVELS, type Outcome } from '../model';
import { isBefore, parseMeasureDate } from './dates';

export type OutcomeDraft = Omit<Outcome, 'id' | 'planId' | 'createdAt' | 'updatedAt'>;
export type OutcomeField = keyof OutcomeDraft;

export const MAX_STATEMENT = 500;
export const MAX_MEASURE_TEXT = 1000;

export type OutcomeProblemCode = 'required' | 'tooLong' | 'badDate' | 'targetBeforeBaseline' | 'noSubject' | 'badLevel';

export interface OutcomeProblem {
  field: OutcomeField;
  code: OutcomeProblemCode;
}

/** Measures a complete outcome has, in the order of the performance measurement table. */
export const MEASURE_FIELDS = [
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
  'dataSource',
  'collectionMethod',
  'frequency',
  'responsibility',
] as const satisfies readonly OutcomeField[];
export type MeasureField = (typeof MEASURE_FIELDS)[number];

const TEXT_FIELDS = ['indicator', ...MEASURE_FIELDS] as const;

/** Problems that make the outcome impossible to save, in form order; empty when it is fine. */
export function validateOutcome(draft: OutcomeDraft): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  if (!draft.riskId && !draft.responseId) problems.push({ field: 'riskId', code: 'noSubject' });
  const statement = draft.statement.trim();
  if (!statement) problems.push({ field: 'statement', code: 'required' });
  else if (statement.length > MAX_STATEMENT) problems.push({ field: 'statement', code: 'tooLong' });
  if (!(OUTCOME_LEVELS as readonly string[]).includes(draft.level)) problems.push({ field: 'level', code: 'badLevel' });
  if (!draft.indicator.trim()) problems.push({ field: 'indicator', code: 'required' });
  for (const field of TEXT_FIELDS) {
    if (draft[field].trim().length > MAX_MEASURE_TEXT) problems.push({ field, code: 'tooLong' });
  }
  const baseline = draft.baselineDate.trim() ? parseMeasureDate(draft.baselineDate) : null;
  const target = draft.targetDate.trim() ? parseMeasureDate(draft.targetDate) : null;
  if (draft.baselineDate.trim() && !baseline) problems.push({ field: 'baselineDate', code: 'badDate' });
  if (draft.targetDate.trim() && !target) problems.push({ field: 'targetDate', code: 'badDate' });
  if (baseline && target && isBefore(target, baseline)) problems.push({ field: 'targetDate', code: 'targetBeforeBaseline' });
  return problems;
}

/** Measures still empty (allowed, but the outcome is not yet measurable). */
export function missingMeasures(outcome: Pick<OutcomeDraft, MeasureField>): MeasureField[] {
  return MEASURE_FIELDS.filter((field) => !outcome[field].trim());
}

/** The draft as stored: text trimmed. */
export function normalizeOutcome(draft: OutcomeDraft): OutcomeDraft {
  const trimmed = { ...draft };
  for (const field of ['statement', ...TEXT_FIELDS] as const) trimmed[field] = draft[field].trim();
  return trimmed;
}
