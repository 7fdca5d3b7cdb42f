import { describe, expect, test } from 'vitest';
import {
  audienceScreenSchema,
  projectScreen,
  RESULT_SOURCES,
  TEXT_SIZES,
  WORKSHOP_STAGES,
  type ProjectionRequest,
  type ScreenOf,
} from '@core/presentation';
import { SCORING_METHODS } from '@core/model';
import { SECRETS, smallPlan } from './fixture';

const request = (fields: Partial<ProjectionRequest> = {}): ProjectionRequest => ({
  stage: 'partners',
  focusRiskId: null,
  resultSource: 'dots',
  textSize: 'large',
  today: '2025-10-07',
  ...fields,
});

function screen<K extends ScreenOf<never>['kind'] | string>(kind: K, fields: Partial<ProjectionRequest>, data = smallPlan()) {
  const result = projectScreen(data, request(fields));
  expect(result.kind).toBe(kind);
  return result as never;
}

describe('what the room may see', () => {
  test('no notes, contact details, people, drafts or budgets reach any layout, in any combination', () => {
    const data = smallPlan();
    for (const revealed of [false, true]) {
      data.plan.voting.revealed = revealed;
      data.plan.scoring.revealed = revealed;
      for (const method of SCORING_METHODS) {
        data.plan.scoring.method = method;
        for (const stage of WORKSHOP_STAGES)
          for (const textSize of TEXT_SIZES)
            for (const resultSource of RESULT_SOURCES)
              for (const focusRiskId of [null, 'r1', 'r3', 'nope']) {
                const out = projectScreen(data, request({ stage, textSize, resultSource, focusRiskId }));
                const parsed = audienceScreenSchema.safeParse(out);
                expect(parsed.success, `${stage} ${textSize} ${resultSource} ${String(focusRiskId)}`).toBe(true);
                const json = JSON.stringify(out);
                for (const secret of Object.values(SECRETS)) expect(json, `${stage}: ${secret}`).not.toContain(secret);
              }
      }
    }
  });

  test('the schema refuses a field it does not declare', () => {
    const welcome = projectScreen(smallPlan(), request({ stage: 'partners' }));
    expect(audienceScreenSchema.safeParse({ ...welcome, notes: 'x' }).success).toBe(false);
    const leaky = { ...welcome, session: { title: 'S', date: '2025-10-07', place: 'Hall', notes: 'private' } };
    expect(audienceScreenSchema.safeParse(leaky).success).toBe(false);
  });
});

describe('results stay hidden until revealed', () => {
  test('hidden dot results carry only how many have voted: no titles, no tallies', () => {
    const out: ScreenOf<'resultsHidden'> = screen('resultsHidden', { stage: 'results' });
    // u1, u2, u3 voted in round 1 (u4 only in round 2); four participants in all.
    expect(out).toEqual({ kind: 'resultsHidden', source: 'dots', voted: 3, voters: 4 });
  });

  test('hidden scores carry only how many have scored', () => {
    const out: ScreenOf<'resultsHidden'> = screen('resultsHidden', { stage: 'results', resultSource: 'scores' });
    expect(out).toEqual({ kind: 'resultsHidden', source: 'scores', voted: 2, voters: 4 });
  });

  test('revealing dots shows the ranking: ties share a rank, priorities and the spotlight are marked', () => {
    const data = smallPlan();
    data.plan.voting.revealed = true;
    const out: ScreenOf<'results'> = screen('results', { stage: 'results', focusRiskId: 'r3' }, data);
    // r1: 2 + 1 = 3, r2: 1 + 2 = 3, r3: 1 (u4's 2 dots are round 2).
    expect(out).toEqual({
      kind: 'results',
      source: 'dots',
      method: 'dots',
      maxValue: 3,
      decimals: 0,
      bars: [
        { id: 'r2', title: 'Housing instability', value: 3, rank: 1, tied: true, priority: false, focus: false, tag: null },
        { id: 'r1', title: 'Substance use and overdose', value: 3, rank: 1, tied: true, priority: true, focus: false, tag: null },
        { id: 'r3', title: 'Hate incidents', value: 1, rank: 3, tied: false, priority: false, focus: true, tag: null },
      ],
      moreBars: 0,
    });
  });

  test('revealing weighted scores: weighted mean over the criteria with data, unscored risks last', () => {
    const data = smallPlan();
    data.plan.scoring.revealed = true;
    const out: ScreenOf<'results'> = screen('results', { stage: 'results', resultSource: 'scores' }, data);
    // r1: (2 × 5 + 1 × 2) / 3 = 4; r2: only Severity scored, 3; r3: nothing.
    expect(out.bars.map((b) => [b.id, b.value, b.rank])).toEqual([
      ['r1', 4, 1],
      ['r2', 3, 2],
      ['r3', null, null],
    ]);
    expect(out).toMatchObject({ method: 'weighted', maxValue: 5, decimals: 1 });
  });

  test('revealing one source does not reveal the other', () => {
    const data = smallPlan();
    data.plan.voting.revealed = true;
    expect(projectScreen(data, request({ stage: 'results', resultSource: 'scores' })).kind).toBe('resultsHidden');
  });

  test('the ballot lists candidate risks in the facilitator\'s order, not by votes', () => {
    const out: ScreenOf<'voting'> = screen('voting', { stage: 'voting' });
    expect(out).toEqual({
      kind: 'voting',
      round: 1,
      dotsPerParticipant: 5,
      maxDotsPerRisk: 2,
      risks: [
        { id: 'r1', title: 'Substance use and overdose' },
        { id: 'r2', title: 'Housing instability' },
        { id: 'r3', title: 'Hate incidents' },
      ],
      moreRisks: 0,
      voted: 3,
      voters: 4,
    });
  });
});

describe('layouts', () => {
  test('welcome: organisations by name with their sector, and today\'s session', () => {
    const out: ScreenOf<'welcome'> = screen('welcome', { stage: 'partners' });
    expect(out.partners).toEqual(['Anishinaabe Friendship Centre', 'Riverbend Police Service']);
    expect(out.session).toEqual({ title: 'Session 1', date: '2025-10-07', place: 'Council chamber' });
    expect(out).toMatchObject({ municipality: 'Town of Riverbend', description: 'Four-year review', morePartners: 0 });
    const later: ScreenOf<'welcome'> = screen('welcome', { stage: 'partners', today: '2025-10-08' });
    expect(later.session?.title).toBe('Session 2');
    const after: ScreenOf<'welcome'> = screen('welcome', { stage: 'partners', today: '2026-01-01' });
    expect(after.session).toBeNull();
  });

  test('welcome: bigger text, fewer organisations, the rest counted', () => {
    const data = smallPlan();
    data.partners = Array.from({ length: 20 }, (_, i) => ({ ...data.partners[0]!, id: `p${i}`, name: `Org ${String(i).padStart(2, '0')}` }));
    const large: ScreenOf<'welcome'> = screen('welcome', { stage: 'partners' }, data);
    expect([large.partners.length, large.morePartners]).toEqual([16, 4]);
    const largest: ScreenOf<'welcome'> = screen('welcome', { stage: 'partners', textSize: 'largest' }, data);
    expect([largest.partners.length, largest.morePartners]).toEqual([8, 12]);
  });

  test('capture: counts per kind and the newest cards first, without attribution', () => {
    const out: ScreenOf<'capture'> = screen('capture', { stage: 'capture' });
    expect(out).toEqual({
      kind: 'capture',
      total: 3,
      counts: { risk: 1, challenge: 0, asset: 1, protectiveFactor: 0, idea: 1 },
      latest: [
        { id: 'c2', text: 'Naloxone kits distributed', kind: 'asset' },
        { id: 'c3', text: 'Extend the mobile crisis team', kind: 'idea' },
        { id: 'c1', text: 'More overdose calls downtown', kind: 'risk' },
      ],
    });
  });

  test('grouping: risks with their card counts, ungrouped cards, and the spotlighted risk\'s cards', () => {
    const out: ScreenOf<'grouping'> = screen('grouping', { stage: 'risks', focusRiskId: 'r1' });
    expect(out).toEqual({
      kind: 'grouping',
      risks: [
        { id: 'r1', title: 'Substance use and overdose', cards: 2 },
        { id: 'r2', title: 'Housing instability', cards: 0 },
        { id: 'r3', title: 'Hate incidents', cards: 0 },
      ],
      moreRisks: 0,
      ungrouped: 1,
      focus: {
        id: 'r1',
        title: 'Substance use and overdose',
        cards: [
          { text: 'More overdose calls downtown', kind: 'risk' },
          { text: 'Naloxone kits distributed', kind: 'asset' },
        ],
        moreCards: 0,
      },
    });
    const unfocused: ScreenOf<'grouping'> = screen('grouping', { stage: 'risks', focusRiskId: 'gone' });
    expect(unfocused.focus).toBeNull();
  });

  test('scoring: the criteria with weights and the scale, no scores', () => {
    const out: ScreenOf<'scoring'> = screen('scoring', { stage: 'scoring' });
    expect(out.criteria).toEqual([
      { name: 'Severity', description: '', weight: 2 },
      { name: 'Capacity to act', description: '', weight: 1 },
    ]);
    expect(out).toMatchObject({ method: 'weighted', scaleMin: 1, scaleMax: 5, moreCriteria: 0, moreRisks: 0 });
  });

  test('matrix: priorities × the four areas with lead organisations, a few per cell, gaps counted', () => {
    const out: ScreenOf<'matrix'> = screen('matrix', { stage: 'matrix' });
    expect(out.focused).toBe(false);
    expect(out.rows).toHaveLength(1);
    const cells = out.rows[0]!.cells;
    expect(cells.map((c) => c.area)).toEqual(['socialDevelopment', 'prevention', 'riskIntervention', 'incidentResponse']);
    expect(cells[1]).toEqual({
      area: 'prevention',
      responses: [
        { title: 'Naloxone distribution', type: 'existing', lead: 'Riverbend Police Service' },
        { title: 'Drop-in harm reduction', type: 'existing', lead: 'Riverbend Police Service' },
      ],
      more: 1,
    });
    expect(out.gaps).toBe(2);
    const focused: ScreenOf<'matrix'> = screen('matrix', { stage: 'profiles', focusRiskId: 'r1' });
    expect(focused.focused).toBe(true);
    expect(focused.rows[0]!.cells[1]!.responses).toHaveLength(3);
  });

  test('outcomes: per priority, linked directly or through a response; measures without who collects them', () => {
    const out: ScreenOf<'outcomes'> = screen('outcomes', { stage: 'actions' });
    expect(out.groups).toEqual([
      {
        riskId: 'r1',
        title: 'Substance use and overdose',
        outcomes: [
          { statement: 'Evening crisis calls answered within 30 minutes', level: 'intermediate', indicator: 'Repeat overdose calls per quarter', baseline: '41', target: '25', targetDate: '2029' },
          { statement: 'Fewer repeat overdose calls', level: 'intermediate', indicator: 'Repeat overdose calls per quarter', baseline: '41', target: '25', targetDate: '2029' },
        ],
        more: 0,
      },
    ]);
  });

  test('wrap-up: the priorities, what the workshop produced, and the next session', () => {
    const out: ScreenOf<'wrapUp'> = screen('wrapUp', { stage: 'reports' });
    expect(out).toEqual({
      kind: 'wrapUp',
      priorities: ['Substance use and overdose'],
      morePriorities: 0,
      counts: { partners: 2, cards: 3, risks: 3, priorities: 1, responses: 4, outcomes: 3 },
      session: { title: 'Session 2', date: '2025-10-21', place: 'Council chamber' },
    });
  });
});
