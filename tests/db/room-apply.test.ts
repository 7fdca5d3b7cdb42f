/**
 * Room submissions reach the plan through the same domain functions as the facilitator's own
 * input, in real IndexedDB: attribution, validation and undo are the same, and a submission
 * delivered twice (a reload before the acknowledgement, two windows) is applied once.
 */
import { describe, expect, it } from 'vitest';
import type { MemberProfile, Submission } from '@core/room';
import { newRecord } from '@core/records';
import { addPartner } from '@renderer/domain/partners';
import { createRisk } from '@renderer/domain/risks';
import { undo } from '@renderer/db/change';
import { applySubmission, type ApplyContext } from '@renderer/features/room/apply-submission';
import { clearRoomMarkers, memberMap } from '@renderer/features/room/room-markers';
import { readRoomContent } from '@renderer/features/room/useRoomPublication';
import { dbWithPlan } from './helpers';

let seq = 0;
function submission(member: MemberProfile, body: Record<string, unknown>): Submission {
  seq++;
  return { seq, id: `sub-${seq}-${Math.random().toString(36).slice(2)}`, member, receivedAt: new Date().toISOString(), ...body } as Submission;
}

const alex: MemberProfile = { id: 'member-alex', ordinal: 1, name: 'Alex Martin', anonymous: false, partnerId: null, sector: null };
const anon: MemberProfile = { id: 'member-anon', ordinal: 2, name: '', anonymous: true, partnerId: null, sector: null };

async function setup() {
  const { db, planId } = await dbWithPlan();
  await clearRoomMarkers(db);
  const ctx: ApplyContext = { db, planId, sessionId: null, unnamed: (m) => `Phone participant ${m.ordinal}` };
  return { db, planId, ctx };
}

describe('applying room submissions', () => {
  it('a join creates the participant once, with what the phone chose', async () => {
    const { db, planId, ctx } = await setup();
    const police = await addPartner(db, planId, { name: 'Riverbend Police Service', sector: 'police' });
    const member = { ...alex, partnerId: police.id };
    expect(await applySubmission(ctx, submission(member, { type: 'join' }))).toMatchObject({ outcome: 'applied' });
    expect(await applySubmission(ctx, submission(member, { type: 'join' }))).toMatchObject({ outcome: 'applied' });
    const people = await db.participants.where('planId').equals(planId).toArray();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Alex Martin', partnerId: police.id });
    expect(await memberMap(db)).toEqual(new Map([['member-alex', people[0]!.id]]));
  });

  it('an anonymous phone gets a numbered participant for its votes, and its cards carry no attribution', async () => {
    const { db, planId, ctx } = await setup();
    await applySubmission(ctx, submission(anon, { type: 'join' }));
    await applySubmission(ctx, submission(anon, { type: 'card', kind: 'idea', text: 'Peer mentoring' }));
    const [person] = await db.participants.where('planId').equals(planId).toArray();
    expect(person!.name).toBe('Phone participant 2');
    const [card] = await db.cards.where('planId').equals(planId).toArray();
    expect(card).toMatchObject({ text: 'Peer mentoring', kind: 'idea', participantId: null, partnerId: null, sector: null });
  });

  it('a card is attributed like the facilitator would, in the room’s session, and undo removes it', async () => {
    const { db, planId, ctx } = await setup();
    const session = await db.sessions.put(newRecord('sessions', planId, { title: 'Session 1' }));
    const withSession = { ...ctx, sessionId: session };
    const member = { ...alex, sector: 'health' };
    await applySubmission(withSession, submission(member, { type: 'join' }));
    const script = '<img src=x onerror=alert(1)> stays text';
    expect(await applySubmission(withSession, submission(member, { type: 'card', kind: 'risk', text: `  ${script}  ` }))).toMatchObject({ outcome: 'applied' });
    const [card] = await db.cards.where('planId').equals(planId).toArray();
    const [person] = await db.participants.where('planId').equals(planId).toArray();
    expect(card).toMatchObject({ text: script, kind: 'risk', participantId: person!.id, sector: 'health', sessionId: session });
    expect(await undo(db, planId)).toBe('history.addCard');
    expect(await db.cards.count()).toBe(0);
  });

  it('the same submission delivered twice is applied once', async () => {
    const { db, planId, ctx } = await setup();
    const card = submission(alex, { type: 'card', kind: 'risk', text: 'Once' });
    const [a, b] = await Promise.all([applySubmission(ctx, card), applySubmission(ctx, card)]);
    expect(a).toMatchObject({ outcome: 'applied' });
    expect(b).toMatchObject({ outcome: 'applied' });
    expect(await applySubmission(ctx, card)).toMatchObject({ outcome: 'applied' });
    expect(await db.cards.where('planId').equals(planId).count()).toBe(1);
  });

  it('votes go through setDots: its allowance and maximum refuse with the reason and limit', async () => {
    const { db, planId, ctx } = await setup();
    const risks = [];
    for (const title of ['A', 'B', 'C']) risks.push(await createRisk(db, planId, { title }, []));
    const ids = risks.map((r) => r.id);
    expect(await applySubmission(ctx, submission(alex, { type: 'vote', riskId: ids[0], dots: 2 }))).toMatchObject({ outcome: 'applied' });
    expect(await applySubmission(ctx, submission(alex, { type: 'vote', riskId: ids[1], dots: 3 }))).toMatchObject({ outcome: 'refused', reason: 'overMaxPerRisk', limit: 2 });
    await applySubmission(ctx, submission(alex, { type: 'vote', riskId: ids[1], dots: 2 }));
    expect(await applySubmission(ctx, submission(alex, { type: 'vote', riskId: ids[2], dots: 2 }))).toMatchObject({ outcome: 'refused', reason: 'overAllowance', limit: 5 });
    expect(await applySubmission(ctx, submission(alex, { type: 'vote', riskId: 'gone', dots: 1 }))).toMatchObject({ outcome: 'refused', reason: 'unknownRisk' });
    const votes = await db.votes.where('planId').equals(planId).toArray();
    expect(votes.map((v) => v.dots).sort()).toEqual([2, 2]);
    // What the phone is shown next: its own ballot, under its room id.
    const content = await readRoomContent(db, planId, null, 9);
    expect(content?.ballots).toEqual({ 'member-alex': { [ids[0]!]: 2, [ids[1]!]: 2 } });
  });

  it('scores go through setScore, on the criterion’s scale', async () => {
    const { db, planId, ctx } = await setup();
    const risk = await createRisk(db, planId, { title: 'A' }, []);
    const criterion = newRecord('criteria', planId, { name: 'Severity' });
    await db.criteria.put(criterion);
    const cell = { riskId: risk.id, criterionId: criterion.id };
    expect(await applySubmission(ctx, submission(alex, { type: 'score', ...cell, value: 4 }))).toMatchObject({ outcome: 'applied' });
    expect(await applySubmission(ctx, submission(alex, { type: 'score', ...cell, value: 9 }))).toMatchObject({ outcome: 'refused', reason: 'outOfScale' });
    expect(await applySubmission(ctx, submission(alex, { type: 'score', riskId: risk.id, criterionId: 'gone', value: 1 }))).toMatchObject({ outcome: 'refused', reason: 'unknownCriterion' });
    const [score] = await db.scores.where('planId').equals(planId).toArray();
    expect(score).toMatchObject({ value: 4, criterionId: criterion.id });
    await applySubmission(ctx, submission(alex, { type: 'score', ...cell, value: null }));
    expect(await db.scores.where('planId').equals(planId).count()).toBe(0);
  });

  it('a participant deleted by the facilitator is created again for the next submission', async () => {
    const { db, planId, ctx } = await setup();
    await applySubmission(ctx, submission(alex, { type: 'join' }));
    const [first] = await db.participants.where('planId').equals(planId).toArray();
    await db.participants.delete(first!.id);
    await applySubmission(ctx, submission(alex, { type: 'card', kind: 'risk', text: 'Still here' }));
    const [again] = await db.participants.where('planId').equals(planId).toArray();
    expect(again!.id).not.toBe(first!.id);
    expect((await db.cards.where('planId').equals(planId).first())?.participantId).toBe(again!.id);
  });
});
