/** The benchmark's large-plan generator: the sizes it promises, valid data, determinism. */
import { describe, expect, it } from 'vitest';
import { RECORD_TABLES, type PlanSnapshot } from '@core/model';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { validateBallot } from '@core/scoring';
import { buildLargePlan, LARGE_PLAN_SIZES, SPARE_DOTS, TINY_PLAN_SIZES } from '@core/sample/large-plan';

const TENTH = { ...LARGE_PLAN_SIZES, partners: 12, participants: 40, risks: 30, cards: 500, votes: 2000, scores: 2000, responses: 150, outcomes: 300 };
const META = { appVersion: 'bench', savedAt: '2026-01-01T00:00:00.000Z' };

function counts(snapshot: PlanSnapshot): Record<string, number> {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, snapshot[t].length]));
}

describe('buildLargePlan at full size', () => {
  const plan = buildLargePlan();

  it('holds the sizes the benchmark promises', () => {
    expect(counts(plan)).toEqual({
      partners: 120,
      participants: 400,
      sessions: 6,
      catalogueEntries: 5,
      risks: 300,
      cards: 5000,
      criteria: 4,
      scores: 20_000,
      votes: 20_000,
      responses: 1500,
      outcomes: 3000,
    });
    expect(LARGE_PLAN_SIZES.votes).toBe(20_000);
  });

  it('makes every risk a priority, so the matrix has 300 rows', () => {
    expect(plan.risks.every((r) => r.isPriority)).toBe(true);
  });

  it('keeps every ballot within the voting rules, with dots to spare for the benchmark vote', () => {
    const byParticipant = new Map<string, typeof plan.votes>();
    for (const v of plan.votes) byParticipant.set(v.participantId, [...(byParticipant.get(v.participantId) ?? []), v]);
    expect(byParticipant.size).toBe(400);
    for (const ballot of byParticipant.values()) {
      expect(validateBallot(ballot, plan.plan.voting)).toEqual([]);
      expect(ballot.reduce((s, v) => s + v.dots, 0)).toBe(plan.plan.voting.dotsPerParticipant - SPARE_DOTS);
    }
  });

  it('gives each rater at most one score per risk and criterion', () => {
    const keys = new Set(plan.scores.map((s) => `${s.riskId}|${s.criterionId}|${s.raterId}`));
    expect(keys.size).toBe(plan.scores.length);
  });

  it('uses unique ids across the whole plan', () => {
    const ids = RECORD_TABLES.flatMap((t) => plan[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same plan for the same seed, and another plan for another seed', () => {
    expect(buildLargePlan(TENTH)).toEqual(buildLargePlan(TENTH));
    // Ids come from the seed alone: the plan id is the first one drawn, whatever the size.
    expect(buildLargePlan(TENTH).plan.id).toBe(plan.plan.id);
    expect(buildLargePlan(TENTH, 7).plan.id).not.toBe(plan.plan.id);
  });
});

describe('buildLargePlan as a plan file', () => {
  it.each([
    ['tiny', TINY_PLAN_SIZES],
    ['a tenth', TENTH],
  ])('decodes (%s) without a single repair and round-trips unchanged', (_, sizes) => {
    const plan = buildLargePlan(sizes);
    const decoded = decodePlanFile(encodePlanFile(plan, META));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.repairs).toEqual([]);
    expect(counts(decoded.snapshot)).toEqual(counts(plan));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(decoded.snapshot.cards.toSorted(byId)).toEqual(plan.cards.toSorted(byId));
    expect(decoded.snapshot.votes.toSorted(byId)).toEqual(plan.votes.toSorted(byId));
  });

  it('keeps the tiny size tiny', () => {
    const tiny = buildLargePlan(TINY_PLAN_SIZES);
    expect(tiny.cards).toHaveLength(30);
    expect(tiny.votes).toHaveLength(24);
    expect(tiny.scores).toHaveLength(40);
  });
});
