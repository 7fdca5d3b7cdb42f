/** Partner organisations and participants (people). Each function is one undoable change. */
import { newRecord } from '@core/records';
import { normaliseText } from '@core/search';
import type { Participant, Partner } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';
import { deletionOf } from './recently-deleted';

export type PartnerFields = Partial<Omit<Partner, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

export const MAX_NAME = 200;

/** Bad input for a partner or participant; nothing was changed. */
export class PeopleInputError extends Error {
  constructor(readonly reason: 'emptyName' | 'nameTooLong' | 'duplicateName' | 'badEmail') {
    super(reason);
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new PeopleInputError('emptyName');
  if (trimmed.length > MAX_NAME) throw new PeopleInputError('nameTooLong');
  return trimmed;
}

/** Loose on purpose: catches a name typed in the e-mail box, not every RFC 5322 corner. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function checkUniquePartner(db: CswbDatabase, planId: string, name: string, exceptId?: string): Promise<void> {
  const key = normaliseText(name);
  const all = await db.partners.where('planId').equals(planId).toArray();
  if (all.some((p) => p.id !== exceptId && normaliseText(p.name) === key)) throw new PeopleInputError('duplicateName');
}

function cleanPartnerPatch(patch: PartnerFields): PartnerFields {
  const out = { ...patch };
  if (out.name !== undefined) out.name = cleanName(out.name);
  if (out.contactEmail !== undefined) {
    out.contactEmail = out.contactEmail.trim();
    if (out.contactEmail && !EMAIL.test(out.contactEmail)) throw new PeopleInputError('badEmail');
  }
  if (out.contactName !== undefined) out.contactName = out.contactName.trim();
  if (out.notes !== undefined) out.notes = out.notes.trim();
  if (out.seats) out.seats = [...new Set(out.seats)];
  if (out.consultationGroups) out.consultationGroups = [...new Set(out.consultationGroups)];
  return out;
}

export async function addPartner(db: CswbDatabase, planId: string, fields: PartnerFields & { name: string }): Promise<Partner> {
  const clean = cleanPartnerPatch(fields) as PartnerFields & { name: string };
  return change(db, planId, 'history.addPartner', async (cs) => {
    await checkUniquePartner(db, planId, clean.name);
    return cs.put('partners', newRecord('partners', planId, clean));
  });
}

export async function updatePartner(db: CswbDatabase, planId: string, id: string, patch: PartnerFields): Promise<Partner> {
  const clean = cleanPartnerPatch(patch);
  return change(db, planId, 'history.editPartner', async (cs) => {
    if (clean.name !== undefined) await checkUniquePartner(db, planId, clean.name, id);
    return cs.update('partners', id, clean);
  });
}

/**
 * Deletes a partner. Cards, participants and responses that pointed at it keep their content and
 * lose only the link, so deleting never destroys partner input; undo restores the links too.
 */
export function deletePartner(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deletePartner', async (cs) => {
    for (const card of await db.cards.where('partnerId').equals(id).toArray()) await cs.update('cards', card.id, { partnerId: null });
    for (const p of await db.participants.where('partnerId').equals(id).toArray()) await cs.update('participants', p.id, { partnerId: null });
    for (const r of await db.responses.where('planId').equals(planId).toArray()) {
      if (r.leadPartnerId === id || r.supportingPartnerIds.includes(id)) {
        await cs.update('responses', r.id, {
          leadPartnerId: r.leadPartnerId === id ? null : r.leadPartnerId,
          supportingPartnerIds: r.supportingPartnerIds.filter((p) => p !== id),
        });
      }
    }
    await cs.delete('partners', id);
  });
}

/**
 * Brings a deleted partner back, with the links its deletion removed (cards, participants,
 * responses), where those records still exist and have not been linked elsewhere since.
 */
export function restorePartner(db: CswbDatabase, planId: string, seq: number, id: string): Promise<Partner | null> {
  return change(db, planId, 'history.restorePartner', async (cs) => {
    const found = await deletionOf(db, seq, 'partners', id);
    if (!found || found.entry.planId !== planId || (await db.partners.get(id))) return null;
    const partner = await cs.put('partners', { ...found.record, updatedAt: cs.now });
    for (const c of found.entry.changes) {
      const before = c.before as { partnerId?: string | null; leadPartnerId?: string | null; supportingPartnerIds?: string[] } | null;
      if (!before || c.after === null) continue;
      if ((c.table === 'cards' || c.table === 'participants') && before.partnerId === id) {
        const now = await db[c.table].get(c.id);
        if (now && now.partnerId === null) await cs.update(c.table, c.id, { partnerId: id });
      }
      if (c.table === 'responses') {
        const now = await db.responses.get(c.id);
        if (!now) continue;
        const lead = before.leadPartnerId === id && now.leadPartnerId === null;
        const supporting = before.supportingPartnerIds?.includes(id) && !now.supportingPartnerIds.includes(id);
        if (lead || supporting) {
          await cs.update('responses', c.id, {
            leadPartnerId: lead ? id : now.leadPartnerId,
            supportingPartnerIds: supporting ? [...now.supportingPartnerIds, id] : now.supportingPartnerIds,
          });
        }
      }
    }
    return partner;
  });
}

export type ParticipantFields = Partial<Omit<Participant, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

function cleanParticipantPatch(patch: ParticipantFields): ParticipantFields {
  const out = { ...patch };
  if (out.name !== undefined) out.name = cleanName(out.name);
  // A person speaks for a sector only when they have no organisation.
  if (out.partnerId) out.sector = null;
  if (out.consultationGroups) out.consultationGroups = [...new Set(out.consultationGroups)];
  return out;
}

export async function addParticipant(db: CswbDatabase, planId: string, fields: ParticipantFields & { name: string }): Promise<Participant> {
  const clean = cleanParticipantPatch(fields) as ParticipantFields & { name: string };
  return change(db, planId, 'history.addParticipant', (cs) => cs.put('participants', newRecord('participants', planId, clean)));
}

export async function updateParticipant(db: CswbDatabase, planId: string, id: string, patch: ParticipantFields): Promise<Participant> {
  const clean = cleanParticipantPatch(patch);
  return change(db, planId, 'history.editParticipant', (cs) => cs.update('participants', id, clean));
}

/** Deletes a participant with their votes and scores (a ballot without a voter means nothing). */
export function deleteParticipant(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteParticipant', async (cs) => {
    for (const v of await db.votes.where('participantId').equals(id).toArray()) await cs.delete('votes', v.id);
    for (const s of await db.scores.where('raterId').equals(id).toArray()) await cs.delete('scores', s.id);
    for (const card of await db.cards.where('planId').equals(planId).toArray()) {
      if (card.participantId === id) await cs.update('cards', card.id, { participantId: null });
    }
    for (const s of await db.sessions.where('planId').equals(planId).toArray()) {
      if (s.attendeeIds.includes(id)) await cs.update('sessions', s.id, { attendeeIds: s.attendeeIds.filter((a) => a !== id) });
    }
    await cs.delete('participants', id);
  });
}
