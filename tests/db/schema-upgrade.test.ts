/**
 * Schema v2 adds the [planId+order] index on cards. A database written by v1 must open with
 * everything in it, and the next card's order must follow the largest order of that plan only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { newRecord } from '@core/records';
import { openDatabase } from '@renderer/db/database';
import { addCard, nextCardOrder } from '@renderer/domain/cards';
import { createPlan } from '@renderer/domain/plans';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database schema upgrade', () => {
  it('opens a v1 database with its cards and orders new cards after the largest order of the plan', async () => {
    const name = `test-upgrade-${crypto.randomUUID()}`;
    names.push(name);
    // What v1 wrote: the cards store without the compound index.
    const v1 = new Dexie(name);
    v1.version(1).stores({ cards: 'id, planId, riskId, partnerId, sessionId', plans: 'id, updatedAt' });
    await v1.table('cards').bulkAdd([
      newRecord('cards', 'plan-a', { text: 'first', kind: 'risk', order: 7 }),
      newRecord('cards', 'plan-a', { text: 'second', kind: 'risk', order: 3 }),
      newRecord('cards', 'plan-b', { text: 'other plan', kind: 'idea', order: 40 }),
    ]);
    v1.close();

    const db = openDatabase(name);
    expect(await db.cards.count()).toBe(3);
    expect(await nextCardOrder(db, 'plan-a')).toBe(8);
    expect(await nextCardOrder(db, 'plan-b')).toBe(41);
    expect(await nextCardOrder(db, 'plan-c')).toBe(1);
    expect(db.verno).toBe(2);
    db.close();
  });

  it('gives each added card the next order', async () => {
    const name = `test-upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const db = openDatabase(name);
    const plan = await createPlan(db, { name: 'Plan', municipality: 'Riverbend' });
    const a = await addCard(db, plan.id, { text: 'a', kind: 'risk' });
    const b = await addCard(db, plan.id, { text: 'b', kind: 'risk' });
    expect(b.order).toBe(a.order + 1);
    db.close();
  });
});
