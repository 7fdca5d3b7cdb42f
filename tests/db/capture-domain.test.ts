/** Capture, grouping, sessions, catalogue entries and restore: the domain changes, in real IndexedDB. */
import { describe, expect, it } from 'vitest';
import { addCard, deleteCard, deleteCards, restoreCard } from '@renderer/domain/cards';
import { addParticipant, addPartner, deletePartner, PeopleInputError, restorePartner, updatePartner } from '@renderer/domain/partners';
import { createRisk, mergeRisks, RiskTitleError, updateRisk } from '@renderer/domain/risks';
import { addSession, deleteSession, SessionInputError, setAttendance, updateSession } from '@renderer/domain/sessions';
import { addCatalogueEntry, CatalogueEntryError, deleteCatalogueEntry } from '@renderer/domain/catalogue-entries';
import { listDeleted } from '@renderer/domain/recently-deleted';
import { addResponse } from '@renderer/domain/responses';
import { setDots } from '@renderer/domain/votes';
import { redo, undo } from '@renderer/db/change';
import { dbWithPlan } from './helpers';

describe('partners and participants', () => {
  it('refuses an empty, duplicate or badly e-mailed partner and changes nothing', async () => {
    const { db, planId } = await dbWithPlan();
    await addPartner(db, planId, { name: 'Riverbend Food Bank', sector: 'community' });
    await expect(addPartner(db, planId, { name: '  ' })).rejects.toMatchObject({ reason: 'emptyName' });
    await expect(addPartner(db, planId, { name: 'riverbend food  bank' })).rejects.toBeInstanceOf(PeopleInputError);
    await expect(addPartner(db, planId, { name: 'CMHA', contactEmail: 'Claire Tremblay' })).rejects.toMatchObject({ reason: 'badEmail' });
    expect(await db.partners.count()).toBe(1);
    expect(await db.history.count()).toBe(1);
  });

  it('edits contact, notes, seats and groups; renaming onto another partner is refused', async () => {
    const { db, planId } = await dbWithPlan();
    const a = await addPartner(db, planId, { name: 'CMHA', sector: 'mentalHealth' });
    await addPartner(db, planId, { name: 'Hospital', sector: 'health' });
    const edited = await updatePartner(db, planId, a.id, {
      contactName: ' Claire Tremblay ',
      contactEmail: 'claire@cmha.example',
      notes: 'Chairs the situation table',
      seats: ['health', 'health'],
      consultationGroups: ['livedExperienceMha'],
    });
    expect(edited).toMatchObject({ contactName: 'Claire Tremblay', seats: ['health'], consultationGroups: ['livedExperienceMha'] });
    await expect(updatePartner(db, planId, a.id, { name: 'HOSPITAL' })).rejects.toMatchObject({ reason: 'duplicateName' });
  });

  it('a participant with an organisation does not also speak for a sector', async () => {
    const { db, planId } = await dbWithPlan();
    const org = await addPartner(db, planId, { name: 'Friendship Centre', sector: 'indigenous' });
    const p = await addParticipant(db, planId, { name: 'Lena Beaulieu', partnerId: org.id, sector: 'youth', consultationGroups: ['indigenous'] });
    expect(p).toMatchObject({ partnerId: org.id, sector: null, consultationGroups: ['indigenous'] });
  });
});

describe('sessions and attendance', () => {
  it('adds, edits and deletes a session; its cards stay without it; undo puts it back', async () => {
    const { db, planId } = await dbWithPlan();
    const s = await addSession(db, planId, { title: 'Session 1: What we heard', date: '2025-10-07', place: 'Council chamber' });
    await expect(addSession(db, planId, { title: '' })).rejects.toBeInstanceOf(SessionInputError);
    await expect(updateSession(db, planId, s.id, { date: '2025-02-30' })).rejects.toMatchObject({ reason: 'badDate' });
    const card = await addCard(db, planId, { text: 'Overdose calls', sessionId: s.id });
    await deleteSession(db, planId, s.id);
    expect(await db.cards.get(card.id)).toMatchObject({ sessionId: null });
    await undo(db, planId);
    expect(await db.cards.get(card.id)).toMatchObject({ sessionId: s.id });
    expect(await db.sessions.get(s.id)).toMatchObject({ date: '2025-10-07' });
  });

  it('attendance keeps only this plan’s participants, once each; deleting a person removes them', async () => {
    const { db, planId } = await dbWithPlan();
    const s = await addSession(db, planId, { title: 'S1' });
    const a = await addParticipant(db, planId, { name: 'A' });
    const b = await addParticipant(db, planId, { name: 'B' });
    const updated = await setAttendance(db, planId, s.id, [a.id, b.id, a.id, 'stranger']);
    expect(updated.attendeeIds).toEqual([a.id, b.id]);
    const { deleteParticipant } = await import('@renderer/domain/partners');
    await deleteParticipant(db, planId, a.id);
    expect((await db.sessions.get(s.id))?.attendeeIds).toEqual([b.id]);
  });
});

describe('grouping into risks', () => {
  it('a risk title is required; taking cards from another risk is recorded as a split', async () => {
    const { db, planId } = await dbWithPlan();
    const c1 = await addCard(db, planId, { text: 'Overdose calls' });
    const c2 = await addCard(db, planId, { text: 'Youth vaping' });
    await expect(createRisk(db, planId, { title: ' ' }, [c1.id])).rejects.toBeInstanceOf(RiskTitleError);
    const a = await createRisk(db, planId, { title: 'Substance use' }, [c1.id, c2.id]);
    expect((await db.history.toArray()).at(-1)?.label).toBe('history.createRisk');
    const b = await createRisk(db, planId, { title: 'Youth substance use' }, [c2.id]);
    expect((await db.history.toArray()).at(-1)?.label).toBe('history.splitRisk');
    expect((await db.cards.get(c2.id))?.riskId).toBe(b.id);
    expect((await db.cards.get(c1.id))?.riskId).toBe(a.id);
  });

  it('renames and sets categories; merge moves cards, categories and responses, drops votes; one undo restores all', async () => {
    const { db, planId } = await dbWithPlan();
    const c1 = await addCard(db, planId, { text: 'Overdose calls' });
    const c2 = await addCard(db, planId, { text: 'Cannabis in grade 9' });
    const target = await createRisk(db, planId, { title: 'Overdose', categories: ['drugs'] }, [c1.id]);
    const source = await createRisk(db, planId, { title: 'Youth substance use', categories: ['school', 'drugs'] }, [c2.id]);
    await updateRisk(db, planId, target.id, { title: '  Substance use   and overdose ' });
    await expect(updateRisk(db, planId, target.id, { title: '' })).rejects.toBeInstanceOf(RiskTitleError);
    const voter = await addParticipant(db, planId, { name: 'Voter' });
    await setDots(db, planId, voter.id, source.id, 1);
    const response = await addResponse(db, planId, { riskId: source.id, area: 'prevention', title: 'Peer mentoring' });

    const merged = await mergeRisks(db, planId, target.id, [source.id]);
    expect(merged).toMatchObject({ title: 'Substance use and overdose', categories: ['drugs', 'school'] });
    expect(await db.risks.get(source.id)).toBeUndefined();
    expect((await db.cards.get(c2.id))?.riskId).toBe(target.id);
    expect((await db.responses.get(response.id))?.riskId).toBe(target.id);
    expect(await db.votes.count()).toBe(0);

    expect(await undo(db, planId)).toBe('history.mergeRisks');
    expect(await db.risks.get(source.id)).toMatchObject({ title: 'Youth substance use' });
    expect((await db.cards.get(c2.id))?.riskId).toBe(source.id);
    expect(await db.votes.count()).toBe(1);
    expect(await redo(db, planId)).toBe('history.mergeRisks');
    expect(await db.risks.count()).toBe(1);
  });
});

describe('user-defined catalogue entries', () => {
  it('needs a label in one language at least; refuses a duplicate; deleting takes it off cards and risks', async () => {
    const { db, planId } = await dbWithPlan();
    await expect(addCatalogueEntry(db, planId, { labelEn: ' ', labelFr: '', parentCategory: null })).rejects.toBeInstanceOf(CatalogueEntryError);
    const entry = await addCatalogueEntry(db, planId, { labelEn: 'Systemic discrimination', labelFr: '', parentCategory: null });
    expect(entry.labelFr).toBe('Systemic discrimination');
    await expect(addCatalogueEntry(db, planId, { labelEn: '', labelFr: 'systemic  DISCRIMINATION', parentCategory: null })).rejects.toMatchObject({ reason: 'duplicateLabel' });
    await expect(addCatalogueEntry(db, planId, { labelEn: 'x', labelFr: '', parentCategory: 'nope' })).rejects.toMatchObject({ reason: 'unknownCategory' });
    const card = await addCard(db, planId, { text: 'Hate graffiti', tags: [entry.id, 'discrimination.hate'] });
    const risk = await createRisk(db, planId, { title: 'Hate', categories: [entry.id] });
    await deleteCatalogueEntry(db, planId, entry.id);
    expect((await db.cards.get(card.id))?.tags).toEqual(['discrimination.hate']);
    expect((await db.risks.get(risk.id))?.categories).toEqual([]);
    await undo(db, planId);
    expect((await db.cards.get(card.id))?.tags).toEqual([entry.id, 'discrimination.hate']);
  });
});

describe('recently deleted', () => {
  it('lists deleted cards newest first, not undone ones, and restores a card without dangling links', async () => {
    const { db, planId } = await dbWithPlan();
    const s = await addSession(db, planId, { title: 'S1' });
    const a = await addCard(db, planId, { text: 'A', sessionId: s.id });
    const b = await addCard(db, planId, { text: 'B' });
    const c = await addCard(db, planId, { text: 'C' });
    await deleteCard(db, planId, a.id);
    await deleteCards(db, planId, [b.id, c.id]);
    await undo(db, planId);
    // The undone deletion brought B and C back: only A is deleted.
    expect((await listDeleted(db, planId, 'cards')).map((d) => d.record.text)).toEqual(['A']);
    await deleteCard(db, planId, b.id);
    await deleteSession(db, planId, s.id);
    const deleted = await listDeleted(db, planId, 'cards');
    expect(deleted.map((d) => d.record.text)).toEqual(['B', 'A']);
    const restored = await restoreCard(db, planId, deleted[1]!.seq, a.id);
    expect(restored).toMatchObject({ text: 'A', sessionId: null });
    expect((await listDeleted(db, planId, 'cards')).map((d) => d.record.text)).toEqual(['B']);
    // Restoring twice does nothing; restore is itself undoable.
    expect(await restoreCard(db, planId, deleted[1]!.seq, a.id)).toBeNull();
    expect(await undo(db, planId)).toBe('history.restoreCard');
    expect(await db.cards.get(a.id)).toBeUndefined();
  });

  it('restores a partner with the links its deletion removed', async () => {
    const { db, planId } = await dbWithPlan();
    const p = await addPartner(db, planId, { name: 'CMHA', sector: 'mentalHealth' });
    const person = await addParticipant(db, planId, { name: 'Claire', partnerId: p.id });
    const card = await addCard(db, planId, { text: 'Waitlist 9 months', partnerId: p.id });
    const risk = await createRisk(db, planId, { title: 'Youth mental health' });
    const response = await addResponse(db, planId, { riskId: risk.id, area: 'prevention', title: 'Mobile crisis', leadPartnerId: p.id });
    await deletePartner(db, planId, p.id);
    const [deleted] = await listDeleted(db, planId, 'partners');
    expect(deleted?.record.name).toBe('CMHA');
    await restorePartner(db, planId, deleted!.seq, p.id);
    expect(await db.partners.get(p.id)).toMatchObject({ name: 'CMHA' });
    expect((await db.participants.get(person.id))?.partnerId).toBe(p.id);
    expect((await db.cards.get(card.id))?.partnerId).toBe(p.id);
    expect((await db.responses.get(response.id))?.leadPartnerId).toBe(p.id);
    expect(await listDeleted(db, planId, 'partners')).toEqual([]);
  });
});
