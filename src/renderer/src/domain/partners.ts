/** Partner organisations and participants (people). Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { Participant, Partner } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type PartnerFields = Partial<Omit<Partner, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

export function addPartner(db: CswbDatabase, planId: string, fields: PartnerFields & { name: string }): Promise<Partner> {
  return change(db, planId, 'history.addPartner', (cs) =>
    cs.put('partners', newRecord('partners', planId, { ...fields, name: fields.name.trim() })),
  );
}

export function updatePartner(db: CswbDatabase, planId: string, id: string, patch: PartnerFields): Promise<Partner> {
  return change(db, planId, 'history.editPartner', (cs) => cs.update('partners', id, patch));
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

export type ParticipantFields = Partial<Omit<Participant, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

export function addParticipant(db: CswbDatabase, planId: string, fields: ParticipantFields & { name: string }): Promise<Participant> {
  return change(db, planId, 'history.addParticipant', (cs) =>
    cs.put('participants', newRecord('participants', planId, { ...fields, name: fields.name.trim() })),
  );
}

export function updateParticipant(db: CswbDatabase, planId: string, id: string, patch: ParticipantFields): Promise<Participant> {
  return change(db, planId, 'history.editParticipant', (cs) => cs.update('participants', id, patch));
}

/** Deletes a participant with their votes and scores (a ballot without a voter means nothing). */
export function deleteParticipant(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteParticipant', async (cs) => {
    for (const v of await db.votes.where('participantId').equals(id).toArray()) await cs.delete('votes', v.id);
    for (const s of await db.scores.where('raterId').equals(id).toArray()) await cs.delete('scores', s.id);
    for (const card of await db.cards.where('planId').equals(planId).toArray()) {
      if (card.participantId === id) await cs.update('cards', card.id, { participantId: null });
    }
    await cs.delete('participants', id);
  });
}
