/** A confirmed survey import writes partners and cards in one undoable change. */
import { describe, expect, it } from 'vitest';
import { addPartner } from '@renderer/domain/partners';
import { addSession } from '@renderer/domain/sessions';
import { importCards } from '@renderer/domain/import-cards';
import { undo } from '@renderer/db/change';
import type { PreparedRow } from '@core/import';
import { dbWithPlan } from './helpers';

const row = (rowNumber: number, text: string, fields: Partial<PreparedRow> = {}): PreparedRow => ({
  rowNumber,
  text,
  kind: 'risk',
  participantId: null,
  partnerId: null,
  newOrganisation: null,
  sector: null,
  tags: [],
  problems: [],
  warnings: [],
  duplicate: null,
  ...fields,
});

describe('importing survey rows', () => {
  it('adds new organisations once, links their cards, puts cards in the session, skips rows with problems', async () => {
    const { db, planId } = await dbWithPlan();
    const foodBank = await addPartner(db, planId, { name: 'Riverbend Food Bank', sector: 'community' });
    const session = await addSession(db, planId, { title: 'Pre-workshop survey' });
    const result = await importCards(db, planId, {
      sessionId: session.id,
      organisations: [
        { name: 'Riverbend Youth Hub', sector: 'childrenYouth' },
        { name: 'RIVERBEND FOOD BANK', sector: null },
      ],
      rows: [
        row(2, 'Food bank visits doubled', { partnerId: foodBank.id, tags: ['foodInsecurity.household'] }),
        row(3, 'Youth night every Friday', { kind: 'asset', newOrganisation: 'Riverbend Youth Hub' }),
        row(4, 'Youth drop-in needs funding', { kind: 'challenge', newOrganisation: 'Riverbend Youth Hub' }),
        row(5, 'Faith groups run meals', { sector: 'faith', kind: 'protectiveFactor' }),
        row(6, '', { problems: [{ code: 'emptyText' }] }),
      ],
    });
    expect(result).toEqual({ cards: 4, partners: 1 });
    const partners = await db.partners.toArray();
    expect(partners.map((p) => [p.name, p.sector]).sort()).toEqual([
      ['Riverbend Food Bank', 'community'],
      ['Riverbend Youth Hub', 'childrenYouth'],
    ]);
    const hub = partners.find((p) => p.name === 'Riverbend Youth Hub')!;
    const cards = (await db.cards.toArray()).sort((a, b) => a.order - b.order);
    expect(cards.map((c) => [c.text, c.kind, c.partnerId, c.sector, c.sessionId])).toEqual([
      ['Food bank visits doubled', 'risk', foodBank.id, null, session.id],
      ['Youth night every Friday', 'asset', hub.id, null, session.id],
      ['Youth drop-in needs funding', 'challenge', hub.id, null, session.id],
      ['Faith groups run meals', 'protectiveFactor', null, 'faith', session.id],
    ]);
    expect(cards[0]!.tags).toEqual(['foodInsecurity.household']);

    expect(await undo(db, planId)).toBe('history.importCards');
    expect(await db.cards.count()).toBe(0);
    expect((await db.partners.toArray()).map((p) => p.name)).toEqual(['Riverbend Food Bank']);
  });

  it('imports 2,000 rows in one change', async () => {
    const { db, planId } = await dbWithPlan();
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 2, `Survey answer ${i}`));
    await importCards(db, planId, { sessionId: null, organisations: [], rows });
    expect(await db.cards.count()).toBe(2000);
    expect(await db.history.count()).toBe(1);
    expect(await undo(db, planId)).toBe('history.importCards');
    expect(await db.cards.count()).toBe(0);
  });
});
