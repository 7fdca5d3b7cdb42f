import { describe, expect, it } from 'vitest';
import { addCard, CardTextError, MAX_CARD_TEXT } from '@renderer/domain/cards';
import { addParticipant, addPartner, deleteParticipant } from '@renderer/domain/partners';
import { createRisk, deleteRisk, groupCards, setPriority } from '@renderer/domain/risks';
import { BallotError, setDots } from '@renderer/domain/votes';
import { addResponse } from '@renderer/domain/responses';
import { undo } from '@renderer/db/change';
import { dbWithPlan } from './helpers';

describe('cards', () => {
  it('refuses empty and oversized text, writing nothing', async () => {
    const { db, planId } = await dbWithPlan();
    await expect(addCard(db, planId, { text: '   ' })).rejects.toBeInstanceOf(CardTextError);
    await expect(addCard(db, planId, { text: 'x'.repeat(MAX_CARD_TEXT + 1) })).rejects.toMatchObject({ reason: 'tooLong' });
    expect(await db.cards.count()).toBe(0);
  });

  it('orders cards in entry order', async () => {
    const { db, planId } = await dbWithPlan();
    const a = await addCard(db, planId, { text: 'a' });
    const b = await addCard(db, planId, { text: 'b' });
    expect(b.order).toBeGreaterThan(a.order);
  });
});

describe('risks', () => {
  it('creates a risk with its cards in one change, undone in one step', async () => {
    const { db, planId } = await dbWithPlan();
    const c1 = await addCard(db, planId, { text: 'Overdose calls' });
    const c2 = await addCard(db, planId, { text: 'Naloxone kits' });
    const risk = await createRisk(db, planId, { title: 'Substance use and overdose' }, [c1.id, c2.id]);
    expect((await db.cards.where('riskId').equals(risk.id).toArray()).map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
    await undo(db, planId);
    expect(await db.risks.count()).toBe(0);
    expect((await db.cards.toArray()).every((c) => c.riskId === null)).toBe(true);
  });

  it('deleting a risk ungroups its cards and removes its votes and responses; undo restores all', async () => {
    const { db, planId } = await dbWithPlan();
    const card = await addCard(db, planId, { text: 'IPV up 18%' });
    const risk = await createRisk(db, planId, { title: 'IPV' }, [card.id]);
    const p = await addParticipant(db, planId, { name: 'Alex' });
    await setDots(db, planId, p.id, risk.id, 2);
    await setPriority(db, planId, risk.id, true, { date: '2026-11-24', method: 'dotVoting', presentPartnerIds: [], note: '' });
    await addResponse(db, planId, { riskId: risk.id, area: 'riskIntervention', title: 'High-risk IPV table' });

    await deleteRisk(db, planId, risk.id);
    expect((await db.cards.get(card.id))?.riskId).toBeNull();
    expect(await db.votes.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);

    await undo(db, planId);
    expect((await db.cards.get(card.id))?.riskId).toBe(risk.id);
    expect(await db.votes.count()).toBe(1);
    expect(await db.responses.count()).toBe(1);
    expect((await db.risks.get(risk.id))?.isPriority).toBe(true);
  });

  it('moves a card between risks and back to ungrouped', async () => {
    const { db, planId } = await dbWithPlan();
    const card = await addCard(db, planId, { text: 'x' });
    const a = await createRisk(db, planId, { title: 'A' }, [card.id]);
    const b = await createRisk(db, planId, { title: 'B' });
    await groupCards(db, planId, [card.id], b.id);
    expect((await db.cards.get(card.id))?.riskId).toBe(b.id);
    await groupCards(db, planId, [card.id], null);
    expect((await db.cards.get(card.id))?.riskId).toBeNull();
    expect(a.order).toBeLessThan(b.order);
  });
});

describe('dot votes', () => {
  it('enforces the maximum per risk and the allowance, writing nothing when refused', async () => {
    const { db, planId } = await dbWithPlan(); // defaults: 5 dots, at most 2 per risk
    const p = await addParticipant(db, planId, { name: 'Sam' });
    const risks = await Promise.all(['A', 'B', 'C', 'D'].map((t) => createRisk(db, planId, { title: t })));
    await expect(setDots(db, planId, p.id, risks[0]!.id, 3)).rejects.toMatchObject({ reason: 'overMaxPerRisk', limit: 2 });
    await setDots(db, planId, p.id, risks[0]!.id, 2);
    await setDots(db, planId, p.id, risks[1]!.id, 2);
    await expect(setDots(db, planId, p.id, risks[2]!.id, 2)).rejects.toBeInstanceOf(BallotError);
    await setDots(db, planId, p.id, risks[2]!.id, 1);
    expect((await db.votes.toArray()).reduce((s, v) => s + v.dots, 0)).toBe(5);
    await expect(setDots(db, planId, p.id, risks[3]!.id, -1)).rejects.toMatchObject({ reason: 'negative' });
    await expect(setDots(db, planId, p.id, risks[3]!.id, 1.5)).rejects.toMatchObject({ reason: 'negative' });
  });

  it('setting zero dots removes the vote; changing dots updates it in place', async () => {
    const { db, planId } = await dbWithPlan();
    const p = await addParticipant(db, planId, { name: 'Sam' });
    const r = await createRisk(db, planId, { title: 'A' });
    await setDots(db, planId, p.id, r.id, 1);
    await setDots(db, planId, p.id, r.id, 2);
    expect(await db.votes.toArray()).toMatchObject([{ dots: 2 }]);
    await setDots(db, planId, p.id, r.id, 0);
    expect(await db.votes.count()).toBe(0);
  });

  it('deleting a participant removes their votes', async () => {
    const { db, planId } = await dbWithPlan();
    const partner = await addPartner(db, planId, { name: 'CMHA', sector: 'mentalHealth' });
    const p = await addParticipant(db, planId, { name: 'Sam', partnerId: partner.id });
    const r = await createRisk(db, planId, { title: 'A' });
    await setDots(db, planId, p.id, r.id, 2);
    await deleteParticipant(db, planId, p.id);
    expect(await db.votes.count()).toBe(0);
    await undo(db, planId);
    expect(await db.votes.count()).toBe(1);
  });
});
