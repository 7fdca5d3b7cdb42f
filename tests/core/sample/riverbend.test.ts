import { describe, expect, test } from 'vitest';
import { SEATS } from '@core/catalogue';
import { RECORD_TABLES } from '@core/model';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { buildMatrix, findGaps, planBalance } from '@core/matrix';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { rankRisks, sectorLookup, tallyDots, validateBallot, weightedScores } from '@core/scoring';
import { counterContext, FIXED_NOW } from '../helpers/builders';

const sample = buildRiverbendSample(counterContext('rb'));
const titleOf = (id: string) => sample.risks.find((r) => r.id === id)?.title;
const sectors = sectorLookup(sample.participants, sample.partners);
const scoring = weightedScores(sample.risks, sample.criteria, sample.scores, { ...sample.plan.scoring, sectorOf: sectors.ofRater });
const TOP_THREE = ['Substance use and overdose', 'Youth mental health and access to services', 'Intimate partner and family violence'];

describe('Riverbend sample: shape', () => {
  test('record counts', () => {
    const counts = Object.fromEntries(RECORD_TABLES.map((t) => [t, sample[t].length]));
    expect(counts).toEqual({
      partners: 16,
      participants: 10,
      sessions: 3,
      catalogueEntries: 1,
      risks: 7,
      cards: 22,
      criteria: 4,
      scores: 10 * 7 * 4,
      votes: 36,
      responses: 8,
      outcomes: 1,
    });
  });
  test('every legislated seat is filled; the Friendship Centre represents Indigenous communities', () => {
    const filled = new Set(sample.partners.flatMap((p) => p.seats));
    expect([...SEATS].every((seat) => filled.has(seat))).toBe(true);
    expect(sample.partners.find((p) => p.name === 'Anishinaabe Friendship Centre')?.consultationGroups).toContain('indigenous');
  });
  test('ten voters across sectors, two from education', () => {
    const voterSectors = sample.participants.map((p) => sectors.ofParticipant(p.id)).sort();
    expect(voterSectors).toEqual(['childrenYouth', 'community', 'education', 'education', 'health', 'housing', 'indigenous', 'mentalHealth', 'municipal', 'police']);
  });
  test('cards by kind, every candidate risk has cards, every card is attributed to a partner', () => {
    const kinds = sample.cards.map((c) => c.kind);
    expect(['risk', 'challenge', 'asset', 'protectiveFactor', 'idea'].map((k) => kinds.filter((x) => x === k).length)).toEqual([8, 4, 5, 2, 3]);
    for (const risk of sample.risks) expect(sample.cards.some((c) => c.riskId === risk.id)).toBe(true);
    expect(sample.cards.every((c) => c.partnerId !== null)).toBe(true);
  });
  test('the hate risk uses the user-defined catalogue entry', () => {
    const entry = sample.catalogueEntries[0]!;
    expect(entry.labelEn).toBe('Systemic discrimination');
    expect(sample.risks.find((r) => r.title.startsWith('Hate'))?.categories).toEqual([entry.id]);
  });
  test('is deterministic given the context', () => {
    expect(buildRiverbendSample(counterContext('rb'))).toEqual(sample);
    expect(sample.plan.createdAt).toBe(FIXED_NOW);
  });
});

describe('Riverbend sample: prioritisation', () => {
  test('ten valid ballots of exactly 5 dots, at most 2 per risk', () => {
    for (const participant of sample.participants) {
      const ballot = sample.votes.filter((v) => v.participantId === participant.id);
      expect(validateBallot(ballot, sample.plan.voting)).toEqual([]);
      expect(ballot.reduce((sum, v) => sum + v.dots, 0)).toBe(5);
    }
  });
  test('dot ranking: overdose 13, youth mental health 11, IPV 9 on top', () => {
    const tallies = tallyDots(sample.votes, sample.risks, sample.participants, sample.partners, sample.plan.voting);
    const ranked = rankRisks(tallies, (t) => t.dots);
    expect(ranked.slice(0, 3).map((r) => [r.item.title, r.item.dots, r.rank])).toEqual([
      [TOP_THREE[0], 13, 1],
      [TOP_THREE[1], 11, 2],
      [TOP_THREE[2], 9, 3],
    ]);
  });
  test('weighted scoring puts the same three on top, in order', () => {
    const ranked = rankRisks(scoring, (s) => s.total);
    expect(ranked.slice(0, 3).map((r) => r.item.title)).toEqual(TOP_THREE);
    expect(scoring.every((s) => s.coverage.raters === 10 && s.missingCriterionIds.length === 0)).toBe(true);
  });
  test('police and health rate overdose highest; education rates youth mental health highest', () => {
    const topFor = (sector: string) =>
      rankRisks(scoring, (s) => s.bySector.find((b) => b.sector === sector)?.total ?? null)[0]?.item.title;
    expect(topFor('police')).toBe(TOP_THREE[0]);
    expect(topFor('health')).toBe(TOP_THREE[0]);
    expect(topFor('education')).toBe(TOP_THREE[1]);
  });
  test('the three top risks are the priorities, with a decision', () => {
    const priorities = sample.risks.filter((r) => r.isPriority);
    expect(priorities.map((r) => r.title)).toEqual(TOP_THREE);
    expect(priorities.every((r) => r.priorityDecision?.date === '2025-10-21' && r.priorityDecision.presentPartnerIds.length === 10)).toBe(true);
  });
});

describe('Riverbend sample: matrix and outcome', () => {
  const matrix = buildMatrix(sample.risks, sample.responses);
  test('the matrix excerpt, with its gaps', () => {
    expect(matrix.rows.map((row) => matrix.areas.map((area) => row.cells[area].map((r) => `${r.title} (${r.type})`).join('')))).toEqual([
      ['Housing-first units (new)', 'Naloxone distribution (existing)', 'Situation table (existing)', 'Mobile crisis team on evenings and weekends (enhanced)'],
      ['Peer mentoring for grade 9 students (new)', '', 'Violent threat risk assessment (VTRA) protocol (existing)', ''],
      ['', 'Healthy relationships curriculum (new)', 'High-risk intimate partner violence table (new)', ''],
    ]);
    expect(findGaps(matrix).map((g) => `${titleOf(g.riskId)}: ${g.area}`)).toHaveLength(4);
    expect(planBalance(matrix).overall.leansOnIncidentResponse).toBe(false);
    expect(sample.responses.every((r) => r.leadPartnerId !== null)).toBe(true);
  });
  test('the overdose outcome and its measures', () => {
    expect(sample.outcomes[0]).toMatchObject({
      riskId: sample.risks[0]!.id,
      statement: 'Fewer repeat overdose calls in the downtown core',
      indicator: 'Repeat overdose calls per quarter',
      baseline: '41',
      baselineDate: '2025',
      target: '25',
      targetDate: '2029',
      dataSource: 'Police CAD data',
      frequency: 'Quarterly',
      responsibility: 'CSWB coordinator',
    });
  });
  test('survives a plan-file round trip without repairs', () => {
    const result = decodePlanFile(encodePlanFile(sample, { appVersion: '0.1.0', savedAt: FIXED_NOW }));
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.snapshot).toEqual(sample);
  });
});
