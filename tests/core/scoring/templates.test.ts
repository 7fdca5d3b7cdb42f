import { describe, expect, test } from 'vitest';
import { SCORING_METHODS } from '@core/model';
import { criteriaFromTemplate, criteriaTemplate, criterionLabelKey, templateCriterionIds } from '@core/scoring';
import { counterContext } from '../helpers/builders';

describe('criteria templates', () => {
  test('weighted: six criteria, severity weighs most', () => {
    expect(criteriaTemplate('weighted').map((c) => [c.id, c.weight, c.role])).toEqual([
      ['prevalence', 2, null],
      ['severity', 3, null],
      ['communityConcern', 1, null],
      ['equity', 2, null],
      ['evidence', 1, null],
      ['capacityToAct', 1, null],
    ]);
  });
  test('hanlon: A, B, C on 0-10 and the five PEARL factors on 0-1', () => {
    expect(criteriaTemplate('hanlon').map((c) => `${c.id}:${c.role}:${c.scaleMin}-${c.scaleMax}`)).toEqual([
      'size:A:0-10',
      'seriousness:B:0-10',
      'effectiveness:C:0-10',
      'propriety:pearl.propriety:0-1',
      'economics:pearl.economics:0-1',
      'acceptability:pearl.acceptability:0-1',
      'resources:pearl.resources:0-1',
      'legality:pearl.legality:0-1',
    ]);
  });
  test('importance × changeability', () => {
    expect(criteriaTemplate('importanceChangeability').map((c) => c.role)).toEqual(['importance', 'changeability']);
  });
  test('templates are copies: editing one does not change the next call', () => {
    criteriaTemplate('weighted')[0]!.weight = 99;
    expect(criteriaTemplate('weighted')[0]!.weight).toBe(2);
  });
  test('criteriaFromTemplate builds ordered criterion records with translated names', () => {
    const criteria = criteriaFromTemplate('importanceChangeability', 'plan-1', (id) => `label:${criterionLabelKey(id)}`, counterContext());
    expect(criteria.map((c) => [c.id, c.planId, c.name, c.role, c.order])).toEqual([
      ['id-1', 'plan-1', 'label:criterion.importance', 'importance', 0],
      ['id-2', 'plan-1', 'label:criterion.changeability', 'changeability', 1],
    ]);
  });
  test('ids are unique across all templates', () => {
    const all = SCORING_METHODS.flatMap((m) => criteriaTemplate(m).map((c) => c.id));
    expect(new Set(all).size).toBe(all.length);
    expect(templateCriterionIds().sort()).toEqual([...all].sort());
  });
});
