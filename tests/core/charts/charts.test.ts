import { describe, expect, test } from 'vitest';
import { newRecord } from '@core/records';
import {
  balanceChartData,
  dissentData,
  dotsBarInput,
  importanceChangeabilityMapData,
  priorityMapData,
  rankedBarData,
  sectorParticipationData,
  weightedBarInput,
} from '@core/charts';
import { buildMatrix, planBalance } from '@core/matrix';
import { importanceChangeability, tallyDots, weightedScores } from '@core/scoring';
import { criterion, participant, partner, PLAN_ID, risk, score, vote } from '../helpers/records';

const partners = [partner('P1', 'police'), partner('P2', 'health'), partner('P3', 'fire')];
const participants = [participant('u1', 'P1'), participant('u2', 'P2'), participant('u3', null, 'education')];
const risks = [risk('r1', 'Overdose'), risk('r2', 'Housing'), risk('r3', 'Hate'), risk('r4', 'Food')];

describe('rankedBarData', () => {
  const tallies = tallyDots(
    [vote('u1', 'r1', 2), vote('u2', 'r1', 1), vote('u3', 'r2', 2), vote('u1', 'r2', 1), vote('u2', 'r3', 1)],
    risks,
    participants,
    partners,
    { round: 1 },
  );
  test('bars ranked by dots, stacked by sector in catalogue order', () => {
    const chart = rankedBarData(dotsBarInput(tallies), { stackBySector: true });
    expect(chart.series).toEqual([
      { key: 'sector_0', sector: 'police' },
      { key: 'sector_1', sector: 'health' },
      { key: 'sector_2', sector: 'education' },
    ]);
    expect(chart.data).toEqual([
      { id: 'r2', label: 'Housing', value: 3, rank: 1, tied: true, sector_0: 1, sector_1: 0, sector_2: 2 },
      { id: 'r1', label: 'Overdose', value: 3, rank: 1, tied: true, sector_0: 2, sector_1: 1, sector_2: 0 },
      { id: 'r3', label: 'Hate', value: 1, rank: 3, tied: false, sector_0: 0, sector_1: 1, sector_2: 0 },
      { id: 'r4', label: 'Food', value: 0, rank: 4, tied: false, sector_0: 0, sector_1: 0, sector_2: 0 },
    ]);
    expect(chart.missing).toEqual([]);
  });
  test('unstacked, and risks without a value are listed as missing', () => {
    const results = weightedScores(risks, [criterion('c1', 1, 0)], [score('u1', 'r1', 'c1', 4), score('u1', 'r3', 'c1', 5)], { scaleMin: 1, scaleMax: 5 });
    const chart = rankedBarData(weightedBarInput(results));
    expect(chart.series).toEqual([]);
    expect(chart.data).toEqual([
      { id: 'r3', label: 'Hate', value: 5, rank: 1, tied: false },
      { id: 'r1', label: 'Overdose', value: 4, rank: 2, tied: false },
    ]);
    expect(chart.missing).toEqual(['r4', 'r2']); // by title: Food, Housing
  });
});

describe('priority maps', () => {
  const scale = { scaleMin: 1, scaleMax: 5 };
  test('two weighted criteria: points, thresholds at the midpoint, missing risks', () => {
    const criteria = [criterion('sev', 3, 0), criterion('cap', 1, 1)];
    const scores = [
      score('u1', 'r1', 'sev', 5), score('u2', 'r1', 'sev', 4), score('u1', 'r1', 'cap', 4),
      score('u1', 'r2', 'sev', 2), score('u1', 'r2', 'cap', 3),
      score('u1', 'r3', 'sev', 5),
    ];
    const chart = priorityMapData(weightedScores(risks, criteria, scores, scale), 'sev', 'cap', scale);
    expect(chart).toEqual({
      points: [
        { id: 'r1', label: 'Overdose', x: 4.5, y: 4, quadrant: 'highHigh' },
        { id: 'r2', label: 'Housing', x: 2, y: 3, quadrant: 'lowHigh' },
      ],
      xThreshold: 3,
      yThreshold: 3,
      domain: [1, 5],
      missing: ['r3', 'r4'],
    });
  });
  test('importance × changeability', () => {
    const criteria = [criterion('i', 1, 0, 'importance'), criterion('c', 1, 1, 'changeability')];
    const result = importanceChangeability(risks.slice(0, 1), criteria, [score('u1', 'r1', 'i', 4), score('u1', 'r1', 'c', 2)], scale);
    expect(importanceChangeabilityMapData(result, scale).points).toEqual([{ id: 'r1', label: 'Overdose', x: 4, y: 2, quadrant: 'highLow' }]);
  });
});

describe('dissentData', () => {
  const criteria = [criterion('c1', 1, 0)];
  const scores = [
    score('u1', 'r1', 'c1', 1), score('u2', 'r1', 'c1', 5), // mean 3, sd 2
    score('u1', 'r2', 'c1', 3), score('u2', 'r2', 'c1', 4), // mean 3.5, sd 0.5
    score('u1', 'r3', 'c1', 4), // single rater: sd 0
  ];
  const results = weightedScores(risks, criteria, scores, { scaleMin: 1, scaleMax: 5 });
  test('most disputed first, with a [min, max] range; unscored risks left out', () => {
    expect(dissentData(results)).toEqual([
      { id: 'r1', label: 'Overdose', n: 2, min: 1, max: 5, mean: 3, sd: 2, range: [1, 5] },
      { id: 'r2', label: 'Housing', n: 2, min: 3, max: 4, mean: 3.5, sd: 0.5, range: [3, 4] },
      { id: 'r3', label: 'Hate', n: 1, min: 4, max: 4, mean: 4, sd: 0, range: [4, 4] },
    ]);
  });
  test('per criterion', () => {
    expect(dissentData(results, 'c1').map((d) => d.id)).toEqual(['r1', 'r2', 'r3']);
    expect(dissentData(results, 'nope')).toEqual([]);
  });
});

describe('sectorParticipationData', () => {
  const card = (fields: Parameters<typeof newRecord<'cards'>>[2]) => newRecord('cards', PLAN_ID, fields);
  test('partners, participants, cards and dots per sector; silent sectors show zeros', () => {
    const data = sectorParticipationData({
      partners,
      participants,
      cards: [
        card({ participantId: 'u1' }),
        card({ participantId: 'u3' }),
        card({ partnerId: 'P2' }),
        card({ sector: 'seniors' }),
        card({}),
        card({ participantId: 'ghost', partnerId: 'P1' }), // unknown participant: the organisation decides
      ],
      votes: [vote('u1', 'r1', 2), vote('u3', 'r1', 2), vote('u3', 'r2', 1, 2)],
    });
    expect(data).toEqual([
      { sector: 'police', partners: 1, participants: 1, cards: 2, dots: 2 },
      { sector: 'fire', partners: 1, participants: 0, cards: 0, dots: 0 },
      { sector: 'health', partners: 1, participants: 1, cards: 1, dots: 0 },
      { sector: 'education', partners: 0, participants: 1, cards: 1, dots: 3 },
      { sector: 'seniors', partners: 0, participants: 0, cards: 1, dots: 0 },
      { sector: 'unknown', partners: 0, participants: 0, cards: 1, dots: 0 },
    ]);
  });
  test('one round only', () => {
    const data = sectorParticipationData({ partners: [], participants, cards: [], votes: [vote('u3', 'r1', 2), vote('u3', 'r2', 1, 2)], round: 2 });
    expect(data.find((d) => d.sector === 'education')?.dots).toBe(1);
  });
});

describe('balanceChartData', () => {
  test('overall bars and per-risk stacks keyed by area', () => {
    const priorities = [risk('od', 'Overdose', { isPriority: true })];
    const responses = (['prevention', 'incidentResponse', 'incidentResponse'] as const).map((area) =>
      newRecord('responses', PLAN_ID, { riskId: 'od', area }),
    );
    const chart = balanceChartData(planBalance(buildMatrix(priorities, responses)));
    expect(chart.overall.map((a) => [a.area, a.count])).toEqual([
      ['socialDevelopment', 0],
      ['prevention', 1],
      ['riskIntervention', 0],
      ['incidentResponse', 2],
    ]);
    expect(chart.perRisk).toEqual([
      { id: 'od', label: 'Overdose', total: 3, leansOnIncidentResponse: true, socialDevelopment: 0, prevention: 1, riskIntervention: 0, incidentResponse: 2 },
    ]);
    expect(chart.leansOnIncidentResponse).toBe(true);
    expect(chart.incidentShareLimit).toBe(0.25);
  });
});
