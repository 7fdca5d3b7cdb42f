import { describe, expect, test } from 'vitest';
import { RECORD_DEFAULTS } from '@core/records';
import { isBefore, missingMeasures, normalizeOutcome, parseMeasureDate, validateOutcome, type OutcomeDraft } from '@core/outcomes';

// The Riverbend outcome from the workshop scenario, complete.
const overdose: OutcomeDraft = {
  ...RECORD_DEFAULTS.outcomes,
  riskId: 'od',
  statement: 'Fewer repeat overdose calls in the downtown core',
  level: 'intermediate',
  indicator: 'Repeat overdose calls per quarter',
  baseline: '41',
  baselineDate: '2025',
  target: '25',
  targetDate: '2029',
  dataSource: 'Police CAD data',
  collectionMethod: 'Extract of calls coded as overdose',
  frequency: 'Quarterly',
  responsibility: 'CSWB coordinator',
};

describe('parseMeasureDate', () => {
  test('a year, a month and a day are the spans of days they cover', () => {
    expect(parseMeasureDate('2029')).toEqual({ first: '2029-01-01', last: '2029-12-31' });
    expect(parseMeasureDate('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(parseMeasureDate('2027-02')).toEqual({ first: '2027-02-01', last: '2027-02-28' });
    expect(parseMeasureDate(' 2029-03-31 ')).toEqual({ first: '2029-03-31', last: '2029-03-31' });
  });
  test('dates that do not exist or are not written as a year, month or day are refused', () => {
    for (const bad of ['2027-02-29', '2029-13', '2029-00', '2029-04-31', '29', 'March 2029', '2029/03/31', '0999', '20290', '']) {
      expect(parseMeasureDate(bad), bad).toBeNull();
    }
  });
  test('isBefore compares spans: only entirely earlier is before', () => {
    const d = (s: string) => parseMeasureDate(s)!;
    expect(isBefore(d('2024'), d('2025'))).toBe(true);
    expect(isBefore(d('2025-06'), d('2025'))).toBe(false);
    expect(isBefore(d('2025'), d('2025-06-30'))).toBe(false);
    expect(isBefore(d('2025-06-29'), d('2025-06-30'))).toBe(true);
    expect(isBefore(d('2025-06-30'), d('2025-06-30'))).toBe(false);
  });
});

describe('validateOutcome', () => {
  test('the complete Riverbend outcome has no problem and no missing measure', () => {
    expect(validateOutcome(overdose)).toEqual([]);
    expect(missingMeasures(overdose)).toEqual([]);
  });
  test('a target date before the baseline date is refused on the target date', () => {
    expect(validateOutcome({ ...overdose, baselineDate: '2025-09', targetDate: '2024-12-31' })).toEqual([
      { field: 'targetDate', code: 'targetBeforeBaseline' },
    ]);
  });
  test('a missing indicator and a missing statement are refused (blank counts as missing)', () => {
    expect(validateOutcome({ ...overdose, indicator: '  ', statement: '' })).toEqual([
      { field: 'statement', code: 'required' },
      { field: 'indicator', code: 'required' },
    ]);
  });
  test('a date that does not exist is refused and not compared', () => {
    expect(validateOutcome({ ...overdose, baselineDate: '2025-02-30' })).toEqual([{ field: 'baselineDate', code: 'badDate' }]);
    expect(validateOutcome({ ...overdose, targetDate: 'by 2029' })).toEqual([{ field: 'targetDate', code: 'badDate' }]);
  });
  test('an outcome must belong to a priority or a response', () => {
    expect(validateOutcome({ ...overdose, riskId: null })).toEqual([{ field: 'riskId', code: 'noSubject' }]);
    expect(validateOutcome({ ...overdose, riskId: null, responseId: 'naloxone' })).toEqual([]);
  });
  test('an unknown level and over-long text are refused', () => {
    expect(validateOutcome({ ...overdose, level: 'someday' as OutcomeDraft['level'] })).toEqual([{ field: 'level', code: 'badLevel' }]);
    expect(validateOutcome({ ...overdose, statement: 'x'.repeat(501), dataSource: 'y'.repeat(1001) })).toEqual([
      { field: 'statement', code: 'tooLong' },
      { field: 'dataSource', code: 'tooLong' },
    ]);
  });
  test('empty dates are allowed, and reported as missing measures', () => {
    const partial = { ...overdose, baselineDate: '', targetDate: '', dataSource: ' ' };
    expect(validateOutcome(partial)).toEqual([]);
    expect(missingMeasures(partial)).toEqual(['baselineDate', 'targetDate', 'dataSource']);
  });
  test('normalizeOutcome trims text and keeps links and level', () => {
    expect(normalizeOutcome({ ...overdose, statement: '  Fewer calls ', frequency: ' Quarterly ' })).toMatchObject({
      statement: 'Fewer calls',
      frequency: 'Quarterly',
      riskId: 'od',
      level: 'intermediate',
    });
  });
});
