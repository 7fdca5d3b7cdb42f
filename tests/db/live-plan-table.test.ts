/**
 * Live plan tables against real IndexedDB: a write is patched in (only the touched records are
 * read again), bulk writes and other windows' writes still arrive, other plans are ignored, and
 * the order matches the table's sort key.
 */
import { describe, expect, it } from 'vitest';
import type { Card } from '@core/model';
import { newRecord } from '@core/records';
import { byKeyThenId, type LivePlanTable, livePlanTable } from '@renderer/db/live-plan-table';
import { mutatedKeys } from '@renderer/db/mutated-keys';
import { undo } from '@renderer/db/change';
import { addCard, deleteCard, updateCard } from '@renderer/domain/cards';
import { createPlan } from '@renderer/domain/plans';
import { dbWithPlan } from './helpers';

const byOrder = byKeyThenId<Card>((c) => c.order);

async function loaded<R extends { id: string; planId: string }>(live: LivePlanTable<R>): Promise<readonly R[]> {
  await expect.poll(() => live.getSnapshot().isLoading).toBe(false);
  return live.getSnapshot().data;
}

describe('live plan tables', () => {
  it('patches an added, edited and deleted card in, keeping every other record as it was', async () => {
    const { db, planId } = await dbWithPlan();
    const a = await addCard(db, planId, { text: 'Youth vaping at the high school', kind: 'risk' });
    const b = await addCard(db, planId, { text: 'Overdose calls downtown', kind: 'risk' });
    const live = livePlanTable(db, 'cards', planId, byOrder);
    const first = await loaded(live);
    expect(first.map((c) => c.text)).toEqual([a.text, b.text]);

    const c = await addCard(db, planId, { text: 'Food bank demand up 40%', kind: 'risk' });
    await expect.poll(() => live.getSnapshot().data.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    const second = live.getSnapshot().data;
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]); // not read again
    expect(second[1]).toBe(first[1]);

    await updateCard(db, planId, b.id, { text: 'Overdose calls downtown, weekends' });
    await expect.poll(() => live.getSnapshot().data[1]?.text).toBe('Overdose calls downtown, weekends');
    expect(live.getSnapshot().data[0]).toBe(first[0]);

    await deleteCard(db, planId, a.id);
    await expect.poll(() => live.getSnapshot().data.map((x) => x.id)).toEqual([b.id, c.id]);
    expect(Object.isFrozen(live.getSnapshot().data)).toBe(true);
  });

  it("takes a change's records from the change itself, without reading them back", async () => {
    const { db, planId } = await dbWithPlan();
    const live = livePlanTable(db, 'cards', planId, byOrder);
    await loaded(live);
    const reads: string[][] = [];
    const cards = db.table('cards'); // the table object the live table reads through
    const bulkGet = cards.bulkGet.bind(cards);
    cards.bulkGet = ((keys: string[]) => {
      reads.push([...keys]);
      return bulkGet(keys);
    }) as typeof cards.bulkGet;

    const a = await addCard(db, planId, { text: 'Youth vaping at the high school', kind: 'risk' });
    await expect.poll(() => live.getSnapshot().data.map((x) => x.text)).toEqual([a.text]);
    await updateCard(db, planId, a.id, { text: 'Youth vaping, two high schools' });
    await expect.poll(() => live.getSnapshot().data.map((x) => x.text)).toEqual(['Youth vaping, two high schools']);
    // The live row is a copy: the object the caller got back is its own.
    a.text = 'changed by the caller';
    expect(live.getSnapshot().data[0]?.text).toBe('Youth vaping, two high schools');
    await deleteCard(db, planId, a.id);
    await expect.poll(() => live.getSnapshot().data.length).toBe(0);
    expect(reads).toEqual([]);

    // Undo writes outside change(): the record is read back, as are other windows' writes.
    await undo(db, planId);
    await expect.poll(() => live.getSnapshot().data.map((x) => x.id)).toEqual([a.id]);
    expect(reads).toEqual([[a.id]]);
  });

  it('moves a record whose sort key changed to its new place', async () => {
    const { db, planId } = await dbWithPlan();
    const a = await addCard(db, planId, { text: 'one', kind: 'idea' });
    const b = await addCard(db, planId, { text: 'two', kind: 'idea' });
    const live = livePlanTable(db, 'cards', planId, byOrder);
    await loaded(live);
    await db.cards.update(a.id, { order: b.order + 10 });
    await expect.poll(() => live.getSnapshot().data.map((x) => x.text)).toEqual(['two', 'one']);
  });

  it('reads the table again after a bulk write, and after undoing it', async () => {
    const { db, planId } = await dbWithPlan();
    const live = livePlanTable(db, 'cards', planId, byOrder);
    expect(await loaded(live)).toEqual([]);
    const many = Array.from({ length: 120 }, (_, i) => newRecord('cards', planId, { text: `card ${i}`, kind: 'idea', order: 120 - i }));
    await db.cards.bulkAdd(many);
    await expect.poll(() => live.getSnapshot().data.length).toBe(120);
    expect(live.getSnapshot().data[0]?.text).toBe('card 119'); // sorted by order
    const card = await addCard(db, planId, { text: 'then one more', kind: 'idea' });
    await expect.poll(() => live.getSnapshot().data.at(-1)?.id).toBe(card.id);
    await undo(db, planId);
    await expect.poll(() => live.getSnapshot().data.length).toBe(120);
  });

  it("ignores another plan's records", async () => {
    const { db, planId } = await dbWithPlan();
    const other = await createPlan(db, { name: 'Other plan', municipality: 'Lakeview' });
    const live = livePlanTable(db, 'cards', planId, byOrder);
    const before = await loaded(live);
    await addCard(db, other.id, { text: 'somewhere else', kind: 'idea' });
    const mine = await addCard(db, planId, { text: 'here', kind: 'idea' });
    await expect.poll(() => live.getSnapshot().data.map((c) => c.id)).toEqual([mine.id]);
    expect(before).toEqual([]);
  });

  it('shares one live table per plan and table between screens', async () => {
    const { db, planId } = await dbWithPlan();
    expect(livePlanTable(db, 'votes', planId, byKeyThenId((v) => v.createdAt))).toBe(
      livePlanTable(db, 'votes', planId, byKeyThenId((v) => v.createdAt)),
    );
  });
});

describe('mutated keys', () => {
  const part = 'idb://db/cards/';
  it('lists single keys and gives up on ranges', () => {
    const tree = { from: 'b', to: 'b', d: 2, l: { from: 'a', to: 'a', d: 1 }, r: { from: 'c', to: 'c', d: 1 } };
    expect([...(mutatedKeys({ [part]: tree } as never, 'db', 'cards') as string[])].sort()).toEqual(['a', 'b', 'c']);
    expect(mutatedKeys({ [part]: { from: 'a', to: 'z', d: 1 } } as never, 'db', 'cards')).toBe('all');
    expect(mutatedKeys({ 'idb://db/votes/': { from: 'a', to: 'a', d: 1 } } as never, 'db', 'cards')).toEqual([]);
    expect(mutatedKeys({ [part]: { d: 0 } } as never, 'db', 'cards')).toEqual([]);
  });
});
