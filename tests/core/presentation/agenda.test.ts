import { describe, expect, test } from 'vitest';
import { AGENDA, AGENDA_STEPS, WORKSHOP_STAGES, neighbourStage, stepNumber, stepOfStage } from '@core/presentation';

describe('agenda', () => {
  test('every screen of the app belongs to exactly one agenda step', () => {
    for (const stage of WORKSHOP_STAGES) {
      expect(AGENDA_STEPS.filter((step) => AGENDA[step].includes(stage)), stage).toHaveLength(1);
    }
  });

  test('the steps are the workshop flow, in order', () => {
    expect(AGENDA_STEPS).toEqual(['welcome', 'capture', 'grouping', 'voting', 'results', 'matrix', 'outcomes', 'wrapUp']);
    expect(stepOfStage('partners')).toBe('welcome');
    expect(stepOfStage('risks')).toBe('grouping');
    expect(stepOfStage('scoring')).toBe('voting');
    expect(stepOfStage('profiles')).toBe('matrix');
    expect(stepOfStage('actions')).toBe('outcomes');
    expect(stepOfStage('reports')).toBe('wrapUp');
    expect(stepNumber('welcome')).toBe(1);
    expect(stepNumber('wrapUp')).toBe(8);
  });

  test('next and previous go to the first screen of the neighbouring step', () => {
    expect(neighbourStage('partners', 1)).toBe('capture');
    expect(neighbourStage('risks', 1)).toBe('voting');
    // From the second screen of a step, next leaves the step and previous goes to the step before.
    expect(neighbourStage('scoring', 1)).toBe('results');
    expect(neighbourStage('scoring', -1)).toBe('risks');
    expect(neighbourStage('actions', 1)).toBe('reports');
    expect(neighbourStage('results', -1)).toBe('voting');
  });

  test('there is nothing before the welcome or after the wrap-up', () => {
    expect(neighbourStage('partners', -1)).toBeNull();
    expect(neighbourStage('reports', 1)).toBeNull();
  });
});
