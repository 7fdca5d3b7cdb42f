import { describe, expect, it } from 'vitest';
import { newRecord } from '@core/records';
import { openDatabase } from '@renderer/db/database';
import { change, HISTORY_LIMIT, nextUndo, redo, undo } from '@renderer/db/change';
import { addCard, updateCard } from '@renderer/domain/cards';
import { addPartner, deletePartner } from '@renderer/domain/partners';
import { dbWithPlan } from './helpers';

describe('undo and redo', () => {
  it('undoes and redoes an added card, bumping the revision each time', async () => {
    const { db, planId } = await dbWithPlan();
    const card = await addCard(db, planId, { text: 'Overdose calls up downtown', kind: 'risk' });
    expect(await db.cards.get(card.id)).toMatchObject({ text: 'Overdose calls up downtown' });
    expect((await db.planState.get(planId))?.revision).toBe(1);

    expect(await undo(db, planId)).toBe('history.addCard');
    expect(await db.cards.get(card.id)).toBeUndefined();
    expect(await redo(db, planId)).toBe('history.addCard');
    expect(await db.cards.get(card.id)).toMatchObject({ text: 'Overdose calls up downtown' });
    expect((await db.planState.get(planId))?.revision).toBe(3);
  });

  it("a message's Undo undoes its own change only while it is the latest", async () => {
    const { db, planId } = await dbWithPlan();
    const card = await addCard(db, planId, { text: 'first', kind: 'idea' });
    const seq = (await nextUndo(db, planId))?.seq;
    await updateCard(db, planId, card.id, { text: 'edited later' });
    expect(await undo(db, planId, seq)).toBeNull(); // a later change came: nothing is undone
    expect(await db.cards.get(card.id)).toMatchObject({ text: 'edited later' });
    expect(await undo(db, planId)).toBe('history.editCard');
    expect(await undo(db, planId, seq)).toBe('history.addCard'); // the latest again
    expect(await db.cards.get(card.id)).toBeUndefined();
  });

  it('restores an edit to the exact previous record', async () => {
    const { db, planId } = await dbWithPlan();
    const card = await addCard(db, planId, { text: 'first', kind: 'idea' });
    await updateCard(db, planId, card.id, { text: 'second', kind: 'risk' });
    await undo(db, planId);
    expect(await db.cards.get(card.id)).toEqual(card);
  });

  it('a new change clears the redo stack', async () => {
    const { db, planId } = await dbWithPlan();
    await addCard(db, planId, { text: 'a' });
    await undo(db, planId);
    await addCard(db, planId, { text: 'b' });
    expect(await redo(db, planId)).toBeNull();
    expect((await db.cards.toArray()).map((c) => c.text)).toEqual(['b']);
  });

  it('undoes a multi-record change (deleting a partner unlinks cards) as one step', async () => {
    const { db, planId } = await dbWithPlan();
    const partner = await addPartner(db, planId, { name: 'Riverbend Police Service', sector: 'police' });
    const card = await addCard(db, planId, { text: 'IPV calls up 18%', partnerId: partner.id });
    await deletePartner(db, planId, partner.id);
    expect(await db.partners.get(partner.id)).toBeUndefined();
    expect((await db.cards.get(card.id))?.partnerId).toBeNull();
    await undo(db, planId);
    expect(await db.partners.get(partner.id)).toEqual(partner);
    expect((await db.cards.get(card.id))?.partnerId).toBe(partner.id);
  });

  it('keeps history across a reload (a new connection to the same database)', async () => {
    const { db, planId } = await dbWithPlan();
    await addCard(db, planId, { text: 'survives reload' });
    db.close();
    const reopened = openDatabase(db.name);
    await reopened.open();
    expect(await undo(reopened, planId)).toBe('history.addCard');
    expect(await reopened.cards.count()).toBe(0);
    reopened.close();
  });

  it('rolls back every write of a change that throws, and records nothing', async () => {
    const { db, planId } = await dbWithPlan();
    await expect(
      change(db, planId, 'history.addCard', async (cs) => {
        await cs.put('cards', newRecord('cards', planId, { text: 'x' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.cards.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    expect((await db.planState.get(planId))?.revision).toBe(0);
  });

  it('keeps at most HISTORY_LIMIT entries per plan, dropping the oldest', async () => {
    const { db, planId } = await dbWithPlan();
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) await addCard(db, planId, { text: `card ${i}` });
    expect(await db.history.where('planId').equals(planId).count()).toBe(HISTORY_LIMIT);
  });

  it('does nothing when there is nothing to undo', async () => {
    const { db, planId } = await dbWithPlan();
    expect(await undo(db, planId)).toBeNull();
    expect(await redo(db, planId)).toBeNull();
  });
});
