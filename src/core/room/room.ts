/**
 * One running room, as pure state: the join code, who joined (with their pass), what is open,
 * what phones may see, and the queue of accepted submissions waiting for the facilitator's
 * screen. The HTTP server (src/room-server) only translates requests into calls here, so every
 * rule (code and pass checks, stage gates, field validation, queue limits) is tested without a
 * network. Clock and randomness are injected.
 */
import type { CardKind } from '../model';
import { constantTimeEqual, formatToken, generateJoinCode, normaliseJoinCode, parseToken, randomId, type RandomBytes } from './codes';
import { fail, ok, type RefusalReason, type Result } from './errors';
import { checkSubmission } from './gates';
import { ROOM_LIMITS } from './limits';
import type { AckResult, MemberProfile, MemberSummary, RunningRoom, Submission, SubmissionBody, SubmissionType } from './protocol';
import { invalidFieldError, joinRequestSchema, scoreKey, type RoomContent, type RoomGates } from './schemas';

export interface RoomDeps {
  /** Milliseconds since the epoch. */
  now: () => number;
  random: RandomBytes;
}

export interface RoomInit {
  planId: string;
  sessionId: string | null;
  gates: RoomGates;
  content: RoomContent;
}

export type AnswerState = 'pending' | 'applied' | 'refused';

/** What a phone learns about one of its own submissions. */
export interface SubmissionAnswer {
  id: string;
  type: SubmissionType;
  status: AnswerState;
  reason: RefusalReason | null;
  limit: number | null;
  /** Cards only: the phone lists its own input. */
  kind?: CardKind;
  text?: string;
}

/** Everything one phone may see: its own identity, ballot and scores, and what is open. */
export interface ParticipantView {
  title: string;
  sessionTitle: string;
  me: { name: string; anonymous: boolean; ordinal: number; partnerName: string | null; sector: { en: string; fr: string } | null };
  capture: { kinds: CardKind[] };
  voting: null | { round: number; dotsPerParticipant: number; maxDotsPerRisk: number; risks: { id: string; title: string }[]; mine: Record<string, number> };
  scoring: null | {
    risks: { id: string; title: string }[];
    criteria: RoomContent['scoring']['criteria'];
    mine: Record<string, number>;
  };
  /** This phone's cards, newest first. */
  cards: SubmissionAnswer[];
  /** True when the facilitator's screen has not collected submissions for a while. */
  facilitatorAway: boolean;
}

interface Member {
  profile: MemberProfile;
  secret: string;
  issuedAt: number;
  joinedAt: number;
  lastSeenAt: number;
  removed: boolean;
  applied: MemberSummary['applied'];
  /** Ids of this member's submissions, oldest first, bounded. */
  submissions: string[];
}

interface Tracked {
  submission: Submission;
  state: AnswerState;
  reason: RefusalReason | null;
  limit: number | null;
}

/** An applied vote or score the published content may not include yet. */
interface OverlayEntry {
  seq: number;
  memberId: string;
  type: 'vote' | 'score';
  key: string;
  value: number | null;
}

export class Room {
  readonly roomId: string;
  readonly joinCode: string;
  readonly startedAt: number;
  readonly planId: string;
  readonly sessionId: string | null;
  private gatesValue: RoomGates;
  private contentValue: RoomContent;
  private readonly members = new Map<string, Member>();
  private readonly tracked = new Map<string, Tracked>();
  /** Accepted, not yet acknowledged, in arrival order. */
  private queue: Submission[] = [];
  private overlay: OverlayEntry[] = [];
  private seq = 0;
  private readonly totals = { applied: 0, refused: 0 };
  lastPullAt: number | null = null;

  constructor(
    init: RoomInit,
    private readonly deps: RoomDeps,
  ) {
    this.roomId = randomId(deps.random, 9);
    this.joinCode = generateJoinCode(deps.random);
    this.startedAt = deps.now();
    this.planId = init.planId;
    this.sessionId = init.sessionId;
    this.gatesValue = init.gates;
    this.contentValue = init.content;
  }

  get gates(): RoomGates {
    return this.gatesValue;
  }

  get content(): RoomContent {
    return this.contentValue;
  }

  get pending(): number {
    return this.queue.length;
  }

  setGates(gates: RoomGates): void {
    this.gatesValue = gates;
  }

  /** New content from the facilitator's screen; overlay entries it already includes are dropped. */
  publish(content: RoomContent): void {
    this.contentValue = content;
    this.overlay = this.overlay.filter((e) => e.seq > content.appliedThrough);
  }

  // Checks -------------------------------------------------------------------------------------

  checkCode(raw: string | undefined): Result<void> {
    if (raw === undefined || raw.trim() === '') return fail('missingCode');
    const code = normaliseJoinCode(raw.slice(0, 64));
    return constantTimeEqual(code, this.joinCode) ? ok(undefined) : fail('wrongCode');
  }

  /** The member a request speaks for: the join code, then the pass (`Bearer <token>`). */
  authenticate(code: string | undefined, authorization: string | undefined): Result<Member> {
    const codeOk = this.checkCode(code);
    if (!codeOk.ok) return codeOk;
    const raw = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!raw) return fail('missingToken');
    const token = parseToken(raw);
    if (!token) return fail('tokenInvalid');
    if (!constantTimeEqual(token.roomId, this.roomId)) return fail('tokenExpired');
    const member = this.members.get(token.participantId);
    if (!member || !constantTimeEqual(token.secret, member.secret)) return fail('tokenInvalid');
    if (member.removed) return fail('removed');
    if (this.deps.now() - member.issuedAt > ROOM_LIMITS.tokenTtlMs) return fail('tokenExpired');
    member.lastSeenAt = this.deps.now();
    return ok(member);
  }

  // Phone requests -----------------------------------------------------------------------------

  /** What the join form offers (after the code was checked). */
  joinOptions(): Pick<RoomContent, 'title' | 'sessionTitle' | 'partners' | 'sectors'> {
    const { title, sessionTitle, partners, sectors } = this.contentValue;
    return { title, sessionTitle, partners, sectors };
  }

  join(input: unknown): Result<{ token: string; profile: MemberProfile }> {
    const parsed = joinRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidFieldError(parsed.error, input) };
    const req = parsed.data;
    const anonymous = req.anonymous || (req.name === '' && req.partnerId === null && req.sector === null);
    const partnerId = anonymous ? null : req.partnerId;
    const sector = anonymous || partnerId ? null : req.sector;
    if (partnerId && !this.contentValue.partners.some((p) => p.id === partnerId)) return fail('unknownPartner');
    if (sector && !this.contentValue.sectors.some((s) => s.id === sector)) return fail('unknownSector');
    if (this.members.size >= ROOM_LIMITS.participants) return fail('roomFull');
    if (this.queue.length >= ROOM_LIMITS.pendingQueue) return fail('queueFull');
    const now = this.deps.now();
    const profile: MemberProfile = {
      id: randomId(this.deps.random, 12),
      ordinal: this.members.size + 1,
      name: anonymous ? '' : req.name,
      anonymous,
      partnerId,
      sector,
    };
    const secret = randomId(this.deps.random, 32);
    const member: Member = {
      profile,
      secret,
      issuedAt: now,
      joinedAt: now,
      lastSeenAt: now,
      removed: false,
      applied: { card: 0, vote: 0, score: 0 },
      submissions: [],
    };
    this.members.set(profile.id, member);
    this.enqueue(member, { type: 'join' });
    return ok({ token: formatToken({ roomId: this.roomId, participantId: profile.id, secret }), profile });
  }

  /** A card, vote or score from a member: checked against what is open, then queued. */
  submit(member: Member, type: Exclude<SubmissionType, 'join'>, input: unknown): Result<Submission> {
    const checked = checkSubmission(type, input, this.gatesValue, this.contentValue);
    if (!checked.ok) return checked;
    if (this.queue.length >= ROOM_LIMITS.pendingQueue) return fail('queueFull');
    return ok(this.enqueue(member, checked.value));
  }

  answer(member: Member, submissionId: string): Result<SubmissionAnswer> {
    const tracked = this.tracked.get(submissionId);
    if (!tracked || tracked.submission.member.id !== member.profile.id) return fail('unknownSubmission');
    return ok(toAnswer(tracked));
  }

  view(member: Member): ParticipantView {
    const { content, gates } = { content: this.contentValue, gates: this.gatesValue };
    const id = member.profile.id;
    const mine = (type: 'vote' | 'score', base: Record<string, number> | undefined): Record<string, number> => {
      const result: Record<string, number> = { ...base };
      for (const e of this.overlay) {
        if (e.memberId !== id || e.type !== type) continue;
        if (e.value === null || (type === 'vote' && e.value === 0)) delete result[e.key];
        else result[e.key] = e.value;
      }
      return result;
    };
    const partnerName = member.profile.partnerId ? (content.partners.find((p) => p.id === member.profile.partnerId)?.name ?? null) : null;
    const sector = content.sectors.find((s) => s.id === member.profile.sector);
    return {
      title: content.title,
      sessionTitle: content.sessionTitle,
      me: {
        name: member.profile.name,
        anonymous: member.profile.anonymous,
        ordinal: member.profile.ordinal,
        partnerName,
        sector: sector ? { en: sector.en, fr: sector.fr } : null,
      },
      capture: { kinds: [...gates.kinds] },
      voting: gates.voting ? { ...content.voting, mine: mine('vote', content.ballots[id]) } : null,
      scoring: gates.scoring ? { risks: content.scoring.risks, criteria: content.scoring.criteria, mine: mine('score', content.scores[id]) } : null,
      cards: member.submissions
        .map((sid) => this.tracked.get(sid))
        .filter((t): t is Tracked => t?.submission.type === 'card')
        .map(toAnswer)
        .reverse()
        .slice(0, 50),
      facilitatorAway: this.facilitatorAway(),
    };
  }

  facilitatorAway(): boolean {
    const last = this.lastPullAt ?? this.startedAt;
    return this.deps.now() - last > ROOM_LIMITS.facilitatorAwayMs;
  }

  // Facilitator's screen ---------------------------------------------------------------------

  /** Unacknowledged submissions after `after`, oldest first. They stay queued until acknowledged. */
  pull(after: number, limit: number = ROOM_LIMITS.pullBatch): Submission[] {
    this.lastPullAt = this.deps.now();
    const out: Submission[] = [];
    for (const s of this.queue) {
      if (s.seq <= after) continue;
      out.push(s);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Settles acknowledged submissions; returns the ones settled now (for waiting phones). */
  ack(results: readonly AckResult[]): Tracked[] {
    const settled: Tracked[] = [];
    const done = new Set<string>();
    for (const result of results) {
      const tracked = this.tracked.get(result.id);
      if (!tracked || tracked.state !== 'pending') continue;
      const { submission } = tracked;
      if (result.outcome === 'applied') {
        tracked.state = 'applied';
        const member = this.members.get(submission.member.id);
        if (submission.type !== 'join') {
          this.totals.applied++; // joins are not input: the totals count what phones sent
          if (member) member.applied[submission.type]++;
        }
        if (submission.type === 'vote') this.overlay.push({ seq: submission.seq, memberId: submission.member.id, type: 'vote', key: submission.riskId, value: submission.dots });
        if (submission.type === 'score') {
          this.overlay.push({ seq: submission.seq, memberId: submission.member.id, type: 'score', key: scoreKey(submission.riskId, submission.criterionId), value: submission.value });
        }
      } else {
        tracked.state = 'refused';
        tracked.reason = result.reason;
        tracked.limit = result.limit;
        this.totals.refused++;
      }
      done.add(result.id);
      settled.push(tracked);
    }
    if (done.size > 0) this.queue = this.queue.filter((s) => !done.has(s.id));
    this.overlay.sort((a, b) => a.seq - b.seq);
    return settled;
  }

  answerOf(submissionId: string): SubmissionAnswer | null {
    const tracked = this.tracked.get(submissionId);
    return tracked ? toAnswer(tracked) : null;
  }

  /** Revokes a member's pass. What they already sent stays (it was accepted). */
  remove(memberId: string): boolean {
    const member = this.members.get(memberId);
    if (!member) return false;
    member.removed = true;
    return true;
  }

  summary(): Pick<RunningRoom, 'participants' | 'queue' | 'lastPullAt' | 'gates' | 'joinCode' | 'planId' | 'sessionId' | 'startedAt'> {
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      planId: this.planId,
      sessionId: this.sessionId,
      joinCode: this.joinCode,
      startedAt: iso(this.startedAt),
      gates: this.gatesValue,
      participants: [...this.members.values()].map((m) => ({
        ...m.profile,
        joinedAt: iso(m.joinedAt),
        lastSeenAt: iso(m.lastSeenAt),
        removed: m.removed,
        applied: { ...m.applied },
      })),
      queue: { pending: this.queue.length, ...this.totals },
      lastPullAt: this.lastPullAt === null ? null : iso(this.lastPullAt),
    };
  }

  private enqueue(member: Member, body: SubmissionBody): Submission {
    const submission = {
      ...body,
      seq: ++this.seq,
      id: randomId(this.deps.random, 12),
      member: { ...member.profile },
      receivedAt: new Date(this.deps.now()).toISOString(),
    } as Submission;
    this.queue.push(submission);
    this.tracked.set(submission.id, { submission, state: 'pending', reason: null, limit: null });
    member.submissions.push(submission.id);
    // Forget the oldest answers once settled; pending ones stay until they settle (the queue
    // bounds how many there can be), so the list is at most the limit plus what is pending.
    while (member.submissions.length > ROOM_LIMITS.answersPerParticipant) {
      const oldest = member.submissions[0]!;
      if (this.tracked.get(oldest)?.state === 'pending') break;
      this.tracked.delete(oldest);
      member.submissions.shift();
    }
    return submission;
  }
}

export type { Member };

function toAnswer(tracked: Tracked): SubmissionAnswer {
  const { submission } = tracked;
  const answer: SubmissionAnswer = { id: submission.id, type: submission.type, status: tracked.state, reason: tracked.reason, limit: tracked.limit };
  if (submission.type === 'card') {
    answer.kind = submission.kind;
    answer.text = submission.text;
  }
  return answer;
}
