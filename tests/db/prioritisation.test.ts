/** Prioritisation changes in real IndexedDB: votes over rounds, criteria, scores, priorities; each undoable. */
import { describe, expect, it } from 'vitest';
import { addParticipant } from '@renderer/domain/partners';
import { createRisk } from '@renderer/domain/risks';
import { BallotError, clearBallot, previewNextRound, revealVotes, RoundError, setDots, setVotingRules, startNextRound, VotingRulesError } from '@renderer/domain/votes';
import { addCriterion, CriterionError, deleteCriterion, moveCriterion, setWeights, switchScoringMethod, updateCriterion } from '@renderer/domain/criteria';
import { clearRaterScores, ScaleError, ScoreError, setScale, setScore } from '@renderer/domain/scores';
import { DecisionError, demoteRisk, promoteRisk, recordDecision } from '@renderer/domain/priorities';
import { undo } from '@renderer/db/change';
import { dbWithPlan } from './helpers';

async function workshop(riskCount = 3, people = 2) {
  const { db, planId } = await dbWithPlan();
  const risks = [];
  for (let i = 1; i <= riskCount; i++) risks.push(await createRisk(db, planId, { title: `Risk ${i}` }));
  const voters = [];
  for (let i = 1; i <= people; i++) voters.push(await addParticipant(db, planId, { name: `Person ${i}` }));
  return { db, planId, risks, voters };
}

describe('dot voting rounds', () => {
  it('a new round keeps the better half, hides results, and refuses dots on dropped risks; undo reopens the round', async () => {
    const { db, planId, risks, voters } = await workshop(4);
    const [r1, r2, r3, r4] = risks.map((r) => r.id) as [string, string, string, string];
    const [a, b] = voters.map((v) => v.id) as [string, string];
    await setDots(db, planId, a, r1, 2);
    await setDots(db, planId, a, r2, 2);
    await setDots(db, planId, b, r2, 1);
    await setDots(db, planId, b, r3, 1);
    await revealVotes(db, planId, true);
    const { cut, block } = await previewNextRound(db, planId);
    expect(block).toBeNull();
    expect(cut.kept).toEqual([r1, r2]);
    expect(cut.dropped).toEqual([r3, r4]);

    await startNextRound(db, planId);
    expect((await db.plans.get(planId))?.voting).toMatchObject({ round: 2, revealed: false });
    await expect(setDots(db, planId, a, r3, 1)).rejects.toMatchObject({ reason: 'notOnBallot' });
    await setDots(db, planId, a, r1, 2); // a fresh ballot: round 1's dots do not count against it
    await setDots(db, planId, a, r2, 2);
    expect((await db.votes.toArray()).filter((v) => v.round === 2)).toHaveLength(2);
    expect(await db.votes.count()).toBe(6); // round 1 kept

    await undo(db, planId);
    await undo(db, planId);
    await undo(db, planId);
    expect((await db.plans.get(planId))?.voting).toMatchObject({ round: 1, revealed: true });
  });

  it('refuses a next round that keeps fewer than two risks', async () => {
    const { db, planId, risks, voters } = await workshop(3);
    await setDots(db, planId, voters[0]!.id, risks[0]!.id, 2);
    await expect(startNextRound(db, planId)).rejects.toBeInstanceOf(RoundError);
    await expect(startNextRound(db, planId)).rejects.toMatchObject({ reason: 'tooFewKept' });
    expect((await db.plans.get(planId))?.voting.round).toBe(1);
  });

  it('voting rules are refused when a ballot on record breaks them, naming the people', async () => {
    const { db, planId, risks, voters } = await workshop();
    await setDots(db, planId, voters[0]!.id, risks[0]!.id, 2);
    await setDots(db, planId, voters[0]!.id, risks[1]!.id, 2);
    await expect(setVotingRules(db, planId, { maxDotsPerRisk: 1 })).rejects.toMatchObject({ reason: 'ballotsOver', names: ['Person 1'] });
    await expect(setVotingRules(db, planId, { dotsPerParticipant: 3 })).rejects.toBeInstanceOf(VotingRulesError);
    await expect(setVotingRules(db, planId, { dotsPerParticipant: 0 })).rejects.toMatchObject({ reason: 'outOfRange' });
    await expect(setVotingRules(db, planId, { dotsPerParticipant: 2.5 })).rejects.toMatchObject({ reason: 'notWhole' });
    await setVotingRules(db, planId, { dotsPerParticipant: 4 });
    expect((await db.plans.get(planId))?.voting).toMatchObject({ dotsPerParticipant: 4, maxDotsPerRisk: 2 });
    await expect(setDots(db, planId, voters[0]!.id, risks[2]!.id, 1)).rejects.toBeInstanceOf(BallotError);
  });

  it('clears one ballot in one undoable step', async () => {
    const { db, planId, risks, voters } = await workshop();
    await setDots(db, planId, voters[0]!.id, risks[0]!.id, 2);
    await setDots(db, planId, voters[0]!.id, risks[1]!.id, 1);
    await setDots(db, planId, voters[1]!.id, risks[1]!.id, 1);
    await clearBallot(db, planId, voters[0]!.id);
    expect((await db.votes.toArray()).map((v) => v.participantId)).toEqual([voters[1]!.id]);
    await undo(db, planId);
    expect(await db.votes.count()).toBe(3);
  });
});

describe('criteria', () => {
  it('validates names and weights, writing nothing when refused', async () => {
    const { db, planId } = await dbWithPlan();
    const sev = await addCriterion(db, planId, { name: 'Severity', weight: 3 });
    await expect(addCriterion(db, planId, { name: '  severity ' })).rejects.toMatchObject({ reason: 'nameTaken' });
    await expect(addCriterion(db, planId, { name: ' ' })).rejects.toMatchObject({ reason: 'nameEmpty' });
    await expect(updateCriterion(db, planId, sev.id, { weight: -1 })).rejects.toMatchObject({ reason: 'negative' });
    await expect(updateCriterion(db, planId, sev.id, { weight: Number.NaN })).rejects.toBeInstanceOf(CriterionError);
    expect(await db.criteria.count()).toBe(1);
    await updateCriterion(db, planId, sev.id, { weight: 1.5 });
    expect((await db.criteria.get(sev.id))?.weight).toBe(1.5);
    await undo(db, planId);
    expect((await db.criteria.get(sev.id))?.weight).toBe(3);
  });

  it('sets several weights in one undoable change, refusing a bad one without writing any', async () => {
    const { db, planId } = await dbWithPlan();
    const a = await addCriterion(db, planId, { name: 'A', weight: 1 });
    const b = await addCriterion(db, planId, { name: 'B', weight: 2 });
    await expect(setWeights(db, planId, { [a.id]: 4, [b.id]: -1 })).rejects.toMatchObject({ reason: 'negative' });
    expect((await db.criteria.get(a.id))?.weight).toBe(1);
    await setWeights(db, planId, { [a.id]: 4, [b.id]: 5 });
    expect((await db.criteria.bulkGet([a.id, b.id])).map((c) => c?.weight)).toEqual([4, 5]);
    await undo(db, planId);
    expect((await db.criteria.bulkGet([a.id, b.id])).map((c) => c?.weight)).toEqual([1, 2]);
  });

  it('moves criteria and deletes one with its scores; undo restores them', async () => {
    const { db, planId, risks, voters } = await workshop(1, 1);
    const a = await addCriterion(db, planId, { name: 'A' });
    const b = await addCriterion(db, planId, { name: 'B' });
    await moveCriterion(db, planId, b.id, -1);
    expect((await db.criteria.where('planId').equals(planId).sortBy('order')).map((c) => c.name)).toEqual(['B', 'A']);
    await setScore(db, planId, { riskId: risks[0]!.id, criterionId: a.id, raterId: voters[0]!.id }, 4);
    await deleteCriterion(db, planId, a.id);
    expect(await db.scores.count()).toBe(0);
    await undo(db, planId);
    expect(await db.scores.count()).toBe(1);
    expect(await db.criteria.count()).toBe(2);
  });

  it('switching method replaces criteria and scores with the template, in one undoable change', async () => {
    const { db, planId, risks, voters } = await workshop(1, 1);
    const c = await addCriterion(db, planId, { name: 'Mine' });
    await setScore(db, planId, { riskId: risks[0]!.id, criterionId: c.id, raterId: voters[0]!.id }, 4);
    await switchScoringMethod(db, planId, 'hanlon', { nameOf: (id) => `name ${id}`, descriptionOf: (id) => `about ${id}` });
    const criteria = await db.criteria.where('planId').equals(planId).sortBy('order');
    expect(criteria.map((x) => x.role)).toEqual(['A', 'B', 'C', 'pearl.propriety', 'pearl.economics', 'pearl.acceptability', 'pearl.resources', 'pearl.legality']);
    expect(criteria[0]).toMatchObject({ name: 'name size', description: 'about size' });
    expect((await db.plans.get(planId))?.scoring).toMatchObject({ method: 'hanlon', scaleMin: 0, scaleMax: 10, revealed: false });
    expect(await db.scores.count()).toBe(0);
    await expect(addCriterion(db, planId, { name: 'Extra' })).rejects.toMatchObject({ reason: 'fixedByMethod' });
    await undo(db, planId);
    expect((await db.plans.get(planId))?.scoring.method).toBe('weighted');
    expect((await db.criteria.toArray()).map((x) => x.name)).toEqual(['Mine']);
    expect(await db.scores.count()).toBe(1);
  });
});

describe('scores', () => {
  it('one score per cell; clearing deletes it; off-scale values are refused', async () => {
    const { db, planId, risks, voters } = await workshop(1, 1);
    const c = await addCriterion(db, planId, { name: 'Severity' });
    const cell = { riskId: risks[0]!.id, criterionId: c.id, raterId: voters[0]!.id };
    await setScore(db, planId, cell, 4);
    await setScore(db, planId, cell, 5);
    expect((await db.scores.toArray()).map((s) => s.value)).toEqual([5]);
    await expect(setScore(db, planId, cell, 6)).rejects.toMatchObject({ reason: 'outOfScale', scale: { scaleMin: 1, scaleMax: 5 } });
    await expect(setScore(db, planId, cell, 2.5)).rejects.toBeInstanceOf(ScoreError);
    expect((await db.scores.toArray()).map((s) => s.value)).toEqual([5]);
    await setScore(db, planId, cell, null);
    expect(await db.scores.count()).toBe(0);
    await undo(db, planId);
    expect((await db.scores.toArray()).map((s) => s.value)).toEqual([5]);
  });

  it('PEARL factors take yes (1) or no (0) only', async () => {
    const { db, planId, risks, voters } = await workshop(1, 1);
    await switchScoringMethod(db, planId, 'hanlon', { nameOf: (id) => id, descriptionOf: () => '' });
    const legality = (await db.criteria.toArray()).find((c) => c.role === 'pearl.legality')!;
    const cell = { riskId: risks[0]!.id, criterionId: legality.id, raterId: voters[0]!.id };
    await setScore(db, planId, cell, 0);
    await expect(setScore(db, planId, cell, 7)).rejects.toMatchObject({ reason: 'outOfScale' });
  });

  it('a scale that would strand scores is refused; a wider one is accepted', async () => {
    const { db, planId, risks, voters } = await workshop(1, 1);
    const c = await addCriterion(db, planId, { name: 'Severity' });
    await setScore(db, planId, { riskId: risks[0]!.id, criterionId: c.id, raterId: voters[0]!.id }, 5);
    await expect(setScale(db, planId, { scaleMin: 1, scaleMax: 4 })).rejects.toMatchObject({ reason: 'scoresOutside', outside: 1 });
    await expect(setScale(db, planId, { scaleMin: 3, scaleMax: 2 })).rejects.toBeInstanceOf(ScaleError);
    await setScale(db, planId, { scaleMin: 0, scaleMax: 10 });
    expect((await db.plans.get(planId))?.scoring).toMatchObject({ scaleMin: 0, scaleMax: 10 });
  });

  it('clears every score of one rater', async () => {
    const { db, planId, risks, voters } = await workshop(2, 2);
    const c = await addCriterion(db, planId, { name: 'Severity' });
    for (const v of voters) for (const r of risks) await setScore(db, planId, { riskId: r.id, criterionId: c.id, raterId: v.id }, 3);
    await clearRaterScores(db, planId, voters[0]!.id);
    expect((await db.scores.toArray()).every((s) => s.raterId === voters[1]!.id)).toBe(true);
    expect(await db.scores.count()).toBe(2);
  });
});

describe('priorities', () => {
  const decision = { date: '2025-10-21', method: 'weighted', presentPartnerIds: ['p1', 'p1', 'p2'], note: ' Top three ' };
  it('promotes with a clean decision record, refuses a bad date, demotes; undo restores', async () => {
    const { db, planId, risks } = await workshop(2, 0);
    await promoteRisk(db, planId, risks[0]!.id, decision);
    expect(await db.risks.get(risks[0]!.id)).toMatchObject({
      isPriority: true,
      priorityDecision: { date: '2025-10-21', method: 'weighted', presentPartnerIds: ['p1', 'p2'], note: 'Top three' },
    });
    await expect(promoteRisk(db, planId, risks[1]!.id, { ...decision, date: '2025-02-30' })).rejects.toBeInstanceOf(DecisionError);
    expect((await db.risks.get(risks[1]!.id))?.isPriority).toBe(false);
    await demoteRisk(db, planId, risks[0]!.id);
    expect(await db.risks.get(risks[0]!.id)).toMatchObject({ isPriority: false, priorityDecision: null });
    await undo(db, planId);
    expect((await db.risks.get(risks[0]!.id))?.priorityDecision?.note).toBe('Top three');
  });

  it('records one decision on several priorities in one change, skipping risks that are not priorities', async () => {
    const { db, planId, risks } = await workshop(3, 0);
    await promoteRisk(db, planId, risks[0]!.id, decision);
    await promoteRisk(db, planId, risks[1]!.id, decision);
    await recordDecision(db, planId, risks.map((r) => r.id), { ...decision, method: 'consensus', note: 'Confirmed' });
    const after = await db.risks.bulkGet(risks.map((r) => r.id));
    expect(after.map((r) => r?.priorityDecision?.method ?? null)).toEqual(['consensus', 'consensus', null]);
    await undo(db, planId);
    expect((await db.risks.get(risks[0]!.id))?.priorityDecision?.method).toBe('weighted');
  });
});
