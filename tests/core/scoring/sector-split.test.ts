import { describe, expect, test } from 'vitest';
import { dotSectorSplit, sectorLookup, sectorSplit, tallyDots, weightedScores, weightedSectorSplit } from '@core/scoring';
import { criterion, participant, partner, risk, score, vote } from '../helpers/records';

describe('sectorSplit', () => {
  test('per risk: values, gap, highest and lowest sectors; per sector: its top risk(s)', () => {
    const split = sectorSplit([
      { id: 'od', label: 'Overdose', values: { education: 3.5, police: 5, health: 4.5 } },
      { id: 'ymh', label: 'Youth mental health', values: { education: 4.8, police: 3.5, health: 4.5 } },
      { id: 'food', label: 'Food', values: { police: 2 } },
      { id: 'none', label: 'Nobody', values: {} },
    ]);
    expect(split.sectors).toEqual(['police', 'health', 'education']); // catalogue order
    expect(split.rows[0]).toEqual({ id: 'od', label: 'Overdose', values: { police: 5, health: 4.5, education: 3.5 }, gap: 1.5, highest: ['police'], lowest: ['education'] });
    expect(split.rows[1]?.gap).toBeCloseTo(1.3, 12);
    expect(split.rows[2]).toMatchObject({ gap: null, highest: ['police'], lowest: ['police'] });
    expect(split.rows[3]).toEqual({ id: 'none', label: 'Nobody', values: {}, gap: null, highest: [], lowest: [] });
    expect(split.topBySector).toEqual([
      { sector: 'police', riskIds: ['od'], value: 5 },
      { sector: 'health', riskIds: ['od', 'ymh'], value: 4.5 }, // a tie lists both
      { sector: 'education', riskIds: ['ymh'], value: 4.8 },
    ]);
  });
});

describe('weighted and dot splits', () => {
  const partners = [partner('P1', 'police'), partner('P2', 'education')];
  const participants = [participant('u1', 'P1'), participant('u2', 'P2'), participant('u3', 'P2')];
  const risks = [risk('od', 'Overdose'), risk('ymh', 'Youth mental health')];
  test('weighted: each sector through the same formula; a sector without scores is missing', () => {
    const criteria = [criterion('sev', 3, 0), criterion('prev', 1, 1)];
    const scores = [
      score('u1', 'od', 'sev', 5), score('u1', 'od', 'prev', 5), // police od = 5
      score('u2', 'od', 'sev', 3), score('u3', 'od', 'sev', 4), score('u2', 'od', 'prev', 2), // education od = (3 × 3.5 + 1 × 2) / 4 = 3.125
      score('u2', 'ymh', 'sev', 5), score('u2', 'ymh', 'prev', 4), // education ymh = (15 + 4) / 4 = 4.75
    ];
    const results = weightedScores(risks, criteria, scores, { scaleMin: 1, scaleMax: 5, sectorOf: sectorLookup(participants, partners).ofRater });
    const split = weightedSectorSplit(results);
    expect(split.rows[0]?.values).toEqual({ police: 5, education: 3.125 });
    expect(split.rows[1]?.values).toEqual({ education: 4.75 });
    expect(split.topBySector).toEqual([
      { sector: 'police', riskIds: ['od'], value: 5 },
      { sector: 'education', riskIds: ['ymh'], value: 4.75 },
    ]);
  });
  test('dots: a sector that voted but not for a risk counts zero there', () => {
    const tallies = tallyDots([vote('u1', 'od', 2), vote('u2', 'ymh', 2), vote('u3', 'ymh', 1), vote('u3', 'od', 1)], risks, participants, partners, { round: 1 });
    const split = dotSectorSplit(tallies);
    expect(split.rows.map((r) => r.values)).toEqual([{ police: 2, education: 1 }, { police: 0, education: 3 }]);
    expect(split.rows[1]).toMatchObject({ gap: 3, highest: ['education'], lowest: ['police'] });
    expect(split.topBySector.map((t) => [t.sector, t.riskIds])).toEqual([['police', ['od']], ['education', ['ymh']]]);
  });
});
