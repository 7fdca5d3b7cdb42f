/**
 * Adds one submission from a phone to the plan through the SAME domain functions as the
 * facilitator's own input (addCard, setDots, setScore, addParticipant), so validation, undo and
 * attribution are the same. This is the one file that knows their signatures: when capture or
 * prioritisation change them, only this adapter changes.
 *
 * Exactly once: the check for an earlier application, the change itself and the marker that it
 * happened are one IndexedDB transaction (the domain functions' own transactions nest in it).
 */
import type { AckResult, MemberProfile, RefusalReason, Submission } from '@core/room';
import type { CswbDatabase } from '../../db/database';
import { addCard, CardTextError } from '../../domain/cards';
import { addParticipant } from '../../domain/partners';
import { BallotError, setDots } from '../../domain/votes';
import { ScoreError, setScore } from '../../domain/scores';
import { isApplied, markApplied, memberParticipant, setMemberParticipant } from './room-markers';

export interface ApplyContext {
  db: CswbDatabase;
  planId: string;
  /** The workshop session cards are recorded in (null: none). */
  sessionId: string | null;
  /** Name of the plan participant created for a phone that gave no name ("Phone participant 3"). */
  unnamed(member: MemberProfile): string;
}

/** A domain refusal: the phone is told why and nothing was written. */
class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly limit: number | null = null,
  ) {
    super(reason);
  }
}

/**
 * The acknowledgement for the room, or null when the change failed for a reason that is not the
 * participant's (a database error): the submission then stays queued and is tried again.
 */
export async function applySubmission(ctx: ApplyContext, submission: Submission): Promise<AckResult | null> {
  const { db } = ctx;
  try {
    await db.transaction('rw', db.tables, async () => {
      if (await isApplied(db, submission.id)) return;
      await applyOnce(ctx, submission);
      await markApplied(db, submission.id);
    });
    return { id: submission.id, outcome: 'applied' };
  } catch (error) {
    const refusal = toRefusal(error);
    return refusal ? { id: submission.id, outcome: 'refused', reason: refusal.reason, limit: refusal.limit } : null;
  }
}

async function applyOnce(ctx: ApplyContext, submission: Submission): Promise<void> {
  const { db, planId } = ctx;
  const participantId = await ensureParticipant(ctx, submission.member);
  switch (submission.type) {
    case 'join':
      return;
    case 'card': {
      const { member } = submission;
      const partner = member.partnerId ? await db.partners.get(member.partnerId) : undefined;
      const session = ctx.sessionId ? await db.sessions.get(ctx.sessionId) : undefined;
      await addCard(db, planId, {
        text: submission.text,
        kind: submission.kind,
        participantId: member.anonymous ? null : participantId,
        partnerId: partner?.planId === planId ? partner.id : null,
        sector: member.anonymous ? null : member.sector,
        sessionId: session?.planId === planId ? session.id : null,
      });
      return;
    }
    case 'vote':
      await requireRisk(ctx, submission.riskId);
      await setDots(db, planId, participantId, submission.riskId, submission.dots);
      return;
    case 'score': {
      await requireRisk(ctx, submission.riskId);
      const criterion = await db.criteria.get(submission.criterionId);
      if (criterion?.planId !== planId) throw new Refusal('unknownCriterion');
      await setScore(db, planId, { riskId: submission.riskId, criterionId: submission.criterionId, raterId: participantId }, submission.value);
      return;
    }
  }
}

async function requireRisk(ctx: ApplyContext, riskId: string): Promise<void> {
  const risk = await ctx.db.risks.get(riskId);
  if (risk?.planId !== ctx.planId) throw new Refusal('unknownRisk');
}

/**
 * The plan participant a phone speaks as: created when it joined (an undoable "add
 * participant"), and created again if the facilitator has since deleted it.
 */
async function ensureParticipant(ctx: ApplyContext, member: MemberProfile): Promise<string> {
  const { db, planId } = ctx;
  const known = await memberParticipant(db, member.id);
  if (known) {
    const existing = await db.participants.get(known);
    if (existing?.planId === planId) return existing.id;
  }
  const partner = member.partnerId ? await db.partners.get(member.partnerId) : undefined;
  const created = await addParticipant(db, planId, {
    name: member.name || ctx.unnamed(member),
    partnerId: partner?.planId === planId ? partner.id : null,
    sector: member.sector,
  });
  await setMemberParticipant(db, member.id, created.id);
  return created.id;
}

function toRefusal(error: unknown): Refusal | null {
  if (error instanceof Refusal) return error;
  if (error instanceof CardTextError) return new Refusal(error.reason === 'empty' ? 'emptyText' : 'textTooLong');
  if (error instanceof BallotError) {
    const reason: RefusalReason = error.reason === 'negative' ? 'notApplied' : error.reason;
    return new Refusal(reason, error.limit || null);
  }
  if (error instanceof ScoreError) return new Refusal('outOfScale', null);
  return null;
}
