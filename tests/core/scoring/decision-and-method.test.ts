import { describe, expect, test } from 'vitest';
import { buildRiverbendSample } from '@core/sample/riverbend';
import {
  criteriaAreFixed,
  decisionProblem,
  isCalendarDate,
  methodScale,
  missingRoles,
  suggestedPresentPartners,
  weightedScores,
  weightedSectorSplit,
  sectorLookup,
} from '@core/scoring';
import { counterContext } from '../helpers/builders';
import { criterion, participant, score, vote } from '../helpers/records';

describe('decision records', () => {
  test('a decision date is a real calendar date', () => {
    expect(isCalendarDate('2025-10-21')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true); // leap year
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('21/10/2025')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
  test('problems: bad date, no method, note too long', () => {
    const ok = { date: '2025-10-21', method: 'weighted', presentPartnerIds: [], note: '' };
    expect(decisionProblem(ok)).toBeNull();
    expect(decisionProblem({ ...ok, date: '2025-10-32' })).toBe('badDate');
    expect(decisionProblem({ ...ok, method: '  ' })).toBe('noMethod');
    expect(decisionProblem({ ...ok, note: 'x'.repeat(2001) })).toBe('noteTooLong');
  });
  test('suggested present: organisations of people who voted or scored, and organisations scoring themselves', () => {
    const people = [participant('u1', 'P1'), participant('u2', 'P2'), participant('u3', 'P3'), participant('u4', null, 'education')];
    const present = suggestedPresentPartners(
      people,
      [vote('u1', 'r1', 2), vote('u2', 'r1', 0)], // u2 cast no dot
      [score('u4', 'r1', 'c1', 3), score('P5', 'r1', 'c1', 4)], // u4 has no organisation; P5 scored as an organisation
      ['P5', 'P4', 'P3', 'P2', 'P1'],
    );
    expect(present).toEqual(['P5', 'P1']);
  });
  test('Riverbend: the ten organisations of the ten voters', () => {
    const sample = buildRiverbendSample(counterContext('rb'));
    expect(suggestedPresentPartners(sample.participants, sample.votes, sample.scores, sample.partners.map((p) => p.id))).toHaveLength(10);
  });
});

describe('method fit', () => {
  test('Hanlon needs A, B and C; importance × changeability both axes; weighted a weight above zero', () => {
    expect(missingRoles('hanlon', [criterion('a', 1, 0, 'A'), criterion('c', 1, 1, 'C')])).toEqual(['B']);
    expect(missingRoles('hanlon', [criterion('a', 1, 0, 'A'), criterion('b', 1, 1, 'B'), criterion('c', 1, 2, 'C')])).toEqual([]);
    expect(missingRoles('importanceChangeability', [criterion('i', 1, 0, 'importance')])).toEqual(['changeability']);
    expect(missingRoles('weighted', [criterion('x', 0, 0)])).toEqual(['weight']);
    expect(missingRoles('weighted', [criterion('x', 0, 0), criterion('y', 2, 1)])).toEqual([]);
  });
  test('scales and fixed criteria per method', () => {
    expect(methodScale('hanlon')).toEqual({ scaleMin: 0, scaleMax: 10 });
    expect(methodScale('weighted')).toEqual({ scaleMin: 1, scaleMax: 5 });
    expect(criteriaAreFixed('weighted')).toBe(false);
    expect(criteriaAreFixed('hanlon')).toBe(true);
  });
});

describe('Riverbend split by sector', () => {
  test('police and health put overdose first; education youth mental health', () => {
    const sample = buildRiverbendSample(counterContext('rb'));
    const lookup = sectorLookup(sample.participants, sample.partners);
    const split = weightedSectorSplit(weightedScores(sample.risks, sample.criteria, sample.scores, { ...sample.plan.scoring, sectorOf: lookup.ofRater }));
    const title = (id: string) => sample.risks.find((r) => r.id === id)?.title;
    const top = (sector: string) => split.topBySector.find((t) => t.sector === sector)?.riskIds.map(title);
    expect(top('police')).toEqual(['Substance use and overdose']);
    expect(top('health')).toEqual(['Substance use and overdose']);
    expect(top('education')).toEqual(['Youth mental health and access to services']);
    // Both education raters score youth mental health 5, 5, 5, 4: (2 × 5 + 3 × 5 + 1 × 5 + 1 × 4) ÷ 7 = 34 ÷ 7.
    expect(split.topBySector.find((t) => t.sector === 'education')?.value).toBeCloseTo(34 / 7, 12);
  });
});
