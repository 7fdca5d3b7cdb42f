/** Workshop sessions (date, place, agenda notes) and who attended. Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { WorkshopSession } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type SessionFields = Partial<Omit<WorkshopSession, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

export class SessionInputError extends Error {
  constructor(readonly reason: 'emptyTitle' | 'titleTooLong' | 'badDate') {
    super(reason);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

function clean(fields: SessionFields): SessionFields {
  const out = { ...fields };
  if (out.title !== undefined) {
    out.title = out.title.trim();
    if (!out.title) throw new SessionInputError('emptyTitle');
    if (out.title.length > 200) throw new SessionInputError('titleTooLong');
  }
  if (out.date !== undefined) {
    out.date = out.date.trim();
    if (out.date && !isRealDate(out.date)) throw new SessionInputError('badDate');
  }
  if (out.place !== undefined) out.place = out.place.trim();
  if (out.notes !== undefined) out.notes = out.notes.trim();
  if (out.attendeeIds) out.attendeeIds = [...new Set(out.attendeeIds)];
  return out;
}

export async function addSession(db: CswbDatabase, planId: string, fields: SessionFields & { title: string }): Promise<WorkshopSession> {
  const c = clean(fields);
  return change(db, planId, 'history.addSession', (cs) => cs.put('sessions', newRecord('sessions', planId, c)));
}

export async function updateSession(db: CswbDatabase, planId: string, id: string, patch: SessionFields): Promise<WorkshopSession> {
  const c = clean(patch);
  return change(db, planId, 'history.editSession', (cs) => cs.update('sessions', id, c));
}

/** Who attended, replacing the list (ids of participants of this plan only). */
export function setAttendance(db: CswbDatabase, planId: string, id: string, attendeeIds: readonly string[]): Promise<WorkshopSession> {
  return change(db, planId, 'history.setAttendance', async (cs) => {
    const known = new Set(await db.participants.where('planId').equals(planId).primaryKeys());
    return cs.update('sessions', id, { attendeeIds: [...new Set(attendeeIds)].filter((a) => known.has(a)) });
  });
}

/** Deletes a session; its cards stay, no longer tied to a session. */
export function deleteSession(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteSession', async (cs) => {
    for (const c of await db.cards.where('sessionId').equals(id).toArray()) await cs.update('cards', c.id, { sessionId: null });
    await cs.delete('sessions', id);
  });
}
