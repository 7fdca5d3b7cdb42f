import { describe, expect, test } from 'vitest';
import { audienceScreenSchema, projectScreen, trimOnce, trimScreen, WORKSHOP_STAGES, type AudienceScreen, type ScreenOf } from '@core/presentation';
import { smallPlan } from './fixture';

const request = { focusRiskId: null, resultSource: 'dots' as const, textSize: 'large' as const, today: '2025-10-07' };

describe('making a layout fit', () => {
  test('one item goes at a time and is counted in "and N more"', () => {
    const welcome: AudienceScreen = { kind: 'welcome', municipality: '', description: '', partners: ['A', 'B', 'C'], morePartners: 4, session: null };
    expect(trimOnce(welcome)).toEqual({ ...welcome, partners: ['A', 'B'], morePartners: 5 });
    expect(trimScreen(welcome, 5)).toEqual({ screen: { ...welcome, partners: ['A'], morePartners: 6 }, trimmed: 2, canTrimMore: false });
    expect(trimScreen(welcome, 1).canTrimMore).toBe(true);
  });

  test('the last item always stays, and a layout without a list cannot be trimmed', () => {
    const one: AudienceScreen = { kind: 'wrapUp', priorities: ['Overdose'], morePriorities: 0, counts: { partners: 1, cards: 1, risks: 1, priorities: 1, responses: 0, outcomes: 0 }, session: null };
    expect(trimOnce(one)).toBeNull();
    expect(trimOnce({ kind: 'blank' })).toBeNull();
    expect(trimOnce({ kind: 'resultsHidden', source: 'dots', voted: 1, voters: 2 })).toBeNull();
  });

  test('scoring shortens the longer column first', () => {
    const scoring: ScreenOf<'scoring'> = {
      kind: 'scoring',
      method: 'weighted',
      scaleMin: 1,
      scaleMax: 5,
      criteria: [{ name: 'a', description: '', weight: 1 }, { name: 'b', description: '', weight: 1 }],
      moreCriteria: 0,
      risks: [{ id: '1', title: 'x' }, { id: '2', title: 'y' }, { id: '3', title: 'z' }],
      moreRisks: 0,
    };
    const once = trimOnce(scoring) as ScreenOf<'scoring'>;
    expect([once.risks.length, once.moreRisks, once.criteria.length]).toEqual([2, 1, 2]);
    const twice = trimOnce(once) as ScreenOf<'scoring'>;
    expect([twice.risks.length, twice.criteria.length, twice.moreCriteria]).toEqual([1, 2, 0]);
  });

  test('outcomes lose extra outcomes from the last priority up before losing priorities', () => {
    const outcome = (statement: string) => ({ statement, level: 'immediate' as const, indicator: '', baseline: '', target: '', targetDate: '' });
    const screen: ScreenOf<'outcomes'> = {
      kind: 'outcomes',
      groups: [
        { riskId: 'r1', title: 'One', outcomes: [outcome('a'), outcome('b')], more: 0 },
        { riskId: 'r2', title: 'Two', outcomes: [outcome('c'), outcome('d')], more: 0 },
      ],
      moreGroups: 0,
    };
    const steps = [1, 2, 3].map((n) => trimScreen(screen, n).screen as ScreenOf<'outcomes'>);
    expect(steps.map((s) => s.groups.map((g) => `${g.riskId}:${g.outcomes.length}+${g.more}`))).toEqual([
      ['r1:2+0', 'r2:1+1'],
      ['r1:1+1', 'r2:1+1'],
      ['r1:1+1'],
    ]);
    expect(steps[2]!.moreGroups).toBe(1);
  });

  test('a spotlighted matrix row loses responses from its fullest cell', () => {
    const screen = projectScreen(smallPlan(), { ...request, stage: 'matrix', focusRiskId: 'r1' }) as ScreenOf<'matrix'>;
    // Prevention holds three responses (spotlight shows up to four), incident response one.
    const trimmed = trimOnce(screen) as ScreenOf<'matrix'>;
    expect(trimmed.rows[0]!.cells.map((c) => [c.responses.length, c.more])).toEqual([
      [0, 0],
      [2, 1],
      [0, 0],
      [1, 0],
    ]);
  });

  test('every trimmed projection is still a valid audience screen', () => {
    const data = smallPlan();
    data.plan.voting.revealed = true;
    for (const stage of WORKSHOP_STAGES) {
      for (const focusRiskId of [null, 'r1']) {
        let screen: AudienceScreen | null = projectScreen(data, { ...request, stage, focusRiskId });
        while (screen) {
          expect(audienceScreenSchema.safeParse(screen).success, stage).toBe(true);
          screen = trimOnce(screen);
        }
      }
    }
  });
});
