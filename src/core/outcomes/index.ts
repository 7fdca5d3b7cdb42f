/** Outcomes and their measures: date spans, validation of impossible entries, completeness. */
export { parseMeasureDate, isBefore, type DateSpan } from './dates';
export {
  validateOutcome,
  missingMeasures,
  normalizeOutcome,
  MEASURE_FIELDS,
  MAX_STATEMENT,
  MAX_MEASURE_TEXT,
  type MeasureField,
  type OutcomeDraft,
  type OutcomeField,
  type OutcomeProblem,
  type OutcomeProblemCode,
} from './validate';
