import { describe, expect, test } from 'vitest';
import { ROOM_LIMITS, emptyRoomContent, formatToken, parseToken } from '@core/room';
import { clock, content, joinAs, newRoom, OPEN } from './helpers';

describe('joining', () => {
  test('a join gives a pass that authenticates, and queues the join for the facilitator', () => {
    const { room } = newRoom();
    const { token, profile, member } = joinAs(room, { name: '  Alex Martin ', anonymous: false, partnerId: 'partner-police', sector: null });
    expect(profile).toMatchObject({ name: 'Alex Martin', anonymous: false, partnerId: 'partner-police', sector: null, ordinal: 1 });
    expect(member.profile.id).toBe(profile.id);
    expect(parseToken(token)?.secret).toHaveLength(43);
    const [item] = room.pull(0);
    expect(item).toMatchObject({ type: 'join', seq: 1, member: { id: profile.id, name: 'Alex Martin' } });
  });

  test('anonymous means no name, organisation or sector, whatever was sent', () => {
    const { room } = newRoom();
    const { profile } = joinAs(room, { name: 'Someone', anonymous: true, partnerId: 'partner-police', sector: 'health' });
    expect(profile).toMatchObject({ name: '', anonymous: true, partnerId: null, sector: null });
    const blank = joinAs(room, { name: '', anonymous: false, partnerId: null, sector: null });
    expect(blank.profile.anonymous).toBe(true);
    expect(blank.profile.ordinal).toBe(2);
  });

  test('an organisation wins over a sector; a sector alone is kept', () => {
    const { room } = newRoom();
    expect(joinAs(room, { name: 'A', anonymous: false, partnerId: 'partner-police', sector: 'health' }).profile.sector).toBeNull();
    expect(joinAs(room, { name: '', anonymous: false, partnerId: null, sector: 'health' }).profile).toMatchObject({ sector: 'health', anonymous: false });
  });

  test.each([
    [{ name: 'A', anonymous: false, partnerId: 'partner-gone', sector: null }, { code: 'unknownPartner' }],
    [{ name: 'A', anonymous: false, partnerId: null, sector: 'astrology' }, { code: 'unknownSector' }],
    [{ name: 'x'.repeat(61), anonymous: false, partnerId: null, sector: null }, { code: 'invalidField', field: 'name', problem: 'tooLong' }],
    [{ name: 'A\nB', anonymous: false, partnerId: null, sector: null }, { code: 'invalidField', field: 'name', problem: 'invalidCharacters' }],
    [{ name: 'Eve\u202Egnp.exe', anonymous: false, partnerId: null, sector: null }, { code: 'invalidField', field: 'name', problem: 'invalidCharacters' }],
    [{ name: 'A', partnerId: null, sector: null }, { code: 'invalidField', field: 'anonymous', problem: 'missing' }],
    [{ name: 7, anonymous: false, partnerId: null, sector: null }, { code: 'invalidField', field: 'name', problem: 'wrongType' }],
    [{ name: 'A', anonymous: false, partnerId: null, sector: null, isAdmin: true }, { code: 'invalidField', field: 'isAdmin', problem: 'unknownField' }],
    [[], { code: 'invalidField', problem: 'wrongType' }],
    [null, { code: 'invalidField', problem: 'wrongType' }],
  ])('refuses %j with a specific answer', (request, error) => {
    const { room } = newRoom();
    const joined = room.join(request);
    expect(joined.ok).toBe(false);
    if (!joined.ok) expect(joined.error).toMatchObject(error);
    expect(room.pull(0)).toEqual([]);
  });

  test('the room holds at most ROOM_LIMITS.participants phones', () => {
    const { room } = newRoom();
    for (let i = 0; i < ROOM_LIMITS.participants; i++) expect(room.join({ name: '', anonymous: true, partnerId: null, sector: null }).ok).toBe(true);
    expect(room.join({ name: '', anonymous: true, partnerId: null, sector: null })).toMatchObject({ ok: false, error: { code: 'roomFull' } });
  });
});

describe('code and pass checks', () => {
  test('missing and wrong codes get different answers; the code is forgiving about case and spaces', () => {
    const { room } = newRoom();
    expect(room.checkCode(undefined)).toMatchObject({ ok: false, error: { code: 'missingCode' } });
    expect(room.checkCode('  ')).toMatchObject({ ok: false, error: { code: 'missingCode' } });
    expect(room.checkCode('AAAAAA' === room.joinCode ? 'BBBBBB' : 'AAAAAA')).toMatchObject({ ok: false, error: { code: 'wrongCode' } });
    const spaced = `${room.joinCode.slice(0, 3).toLowerCase()} ${room.joinCode.slice(3)}`;
    expect(room.checkCode(spaced).ok).toBe(true);
  });

  test('every kind of bad pass is refused with its own reason', () => {
    const { room } = newRoom();
    const { token } = joinAs(room);
    const parts = parseToken(token)!;
    const code = room.joinCode;
    expect(room.authenticate(code, undefined)).toMatchObject({ error: { code: 'missingToken' } });
    expect(room.authenticate(code, token)).toMatchObject({ error: { code: 'missingToken' } }); // no "Bearer"
    expect(room.authenticate(code, 'Bearer not-a-token')).toMatchObject({ error: { code: 'tokenInvalid' } });
    const forgedSecret = formatToken({ ...parts, secret: parts.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(room.authenticate(code, `Bearer ${forgedSecret}`)).toMatchObject({ error: { code: 'tokenInvalid' } });
    const forgedMember = formatToken({ ...parts, participantId: 'someone_else' });
    expect(room.authenticate(code, `Bearer ${forgedMember}`)).toMatchObject({ error: { code: 'tokenInvalid' } });
    const otherRoom = formatToken({ ...parts, roomId: 'previousRoom1' });
    expect(room.authenticate(code, `Bearer ${otherRoom}`)).toMatchObject({ error: { code: 'tokenExpired' } });
    expect(room.authenticate('WRONG1', `Bearer ${token}`)).toMatchObject({ error: { code: 'wrongCode' } });
    expect(room.authenticate(code, `Bearer ${token}`).ok).toBe(true);
  });

  test('a pass from another room (participation restarted) has expired', () => {
    const first = newRoom().room;
    const { token } = joinAs(first);
    const second = newRoom().room;
    expect(second.authenticate(second.joinCode, `Bearer ${token}`)).toMatchObject({ error: { code: 'tokenExpired' } });
  });

  test('a pass expires after its lifetime', () => {
    const c = clock();
    const { room } = newRoom({ now: c.now });
    const { token } = joinAs(room);
    c.advance(ROOM_LIMITS.tokenTtlMs + 1);
    expect(room.authenticate(room.joinCode, `Bearer ${token}`)).toMatchObject({ error: { code: 'tokenExpired' } });
  });

  test('a removed participant is refused, and what they sent before stays queued', () => {
    const { room } = newRoom();
    const { token, member, profile } = joinAs(room);
    expect(room.submit(member, 'card', { kind: 'risk', text: 'Overdoses downtown' }).ok).toBe(true);
    expect(room.remove(profile.id)).toBe(true);
    expect(room.remove('nobody')).toBe(false);
    expect(room.authenticate(room.joinCode, `Bearer ${token}`)).toMatchObject({ error: { code: 'removed' } });
    expect(room.pull(0).map((s) => s.type)).toEqual(['join', 'card']);
    expect(room.summary().participants[0]).toMatchObject({ removed: true });
  });
});

describe('submissions, the queue and answers', () => {
  test('cards are trimmed and queued in order; a pull does not remove them, an ack does', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    const a = room.submit(member, 'card', { kind: 'risk', text: '  Overdoses downtown  ' });
    const b = room.submit(member, 'card', { kind: 'idea', text: 'Peer mentoring' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value).toMatchObject({ type: 'card', kind: 'risk', text: 'Overdoses downtown', seq: 2 });
    expect(room.pull(0).map((s) => s.seq)).toEqual([1, 2, 3]);
    expect(room.pull(0).map((s) => s.seq)).toEqual([1, 2, 3]); // a reload of the facilitator gets them again
    expect(room.pull(2).map((s) => s.seq)).toEqual([3]);
    const join = room.pull(0)[0]!;
    room.ack([{ id: join.id, outcome: 'applied' }, { id: a.value.id, outcome: 'applied' }, { id: b.value.id, outcome: 'refused', reason: 'textTooLong', limit: null }]);
    expect(room.pending).toBe(0);
    expect(room.answer(member, a.value.id)).toMatchObject({ ok: true, value: { status: 'applied', text: 'Overdoses downtown' } });
    expect(room.answer(member, b.value.id)).toMatchObject({ ok: true, value: { status: 'refused', reason: 'textTooLong' } });
    expect(room.summary()).toMatchObject({ queue: { pending: 0, applied: 1, refused: 1 } }); // card a; card b refused; joins are not counted
    expect(room.summary().participants[0]!.applied).toEqual({ card: 1, vote: 0, score: 0 });
  });

  test('acknowledging twice or acknowledging an unknown id changes nothing', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    const a = room.submit(member, 'card', { kind: 'risk', text: 'x' });
    if (!a.ok) throw new Error('submit');
    expect(room.ack([{ id: a.value.id, outcome: 'applied' }])).toHaveLength(1);
    expect(room.ack([{ id: a.value.id, outcome: 'refused', reason: 'notApplied', limit: null }])).toHaveLength(0);
    expect(room.ack([{ id: 'nope', outcome: 'applied' }])).toHaveLength(0);
    expect(room.answerOf(a.value.id)?.status).toBe('applied');
  });

  test("a phone cannot read another phone's answers", () => {
    const { room } = newRoom();
    const alex = joinAs(room);
    const sam = joinAs(room, { name: 'Sam', anonymous: false, partnerId: null, sector: null });
    const a = room.submit(alex.member, 'card', { kind: 'risk', text: 'mine' });
    if (!a.ok) throw new Error('submit');
    expect(room.answer(sam.member, a.value.id)).toMatchObject({ ok: false, error: { code: 'unknownSubmission' } });
  });

  test('the queue is bounded: beyond it, a clear refusal, never a silent drop', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    for (let i = room.pending; i < ROOM_LIMITS.pendingQueue; i++) expect(room.submit(member, 'card', { kind: 'risk', text: `c${i}` }).ok).toBe(true);
    expect(room.submit(member, 'card', { kind: 'risk', text: 'one more' })).toMatchObject({ ok: false, error: { code: 'queueFull' } });
    expect(room.pending).toBe(ROOM_LIMITS.pendingQueue);
  });

  test('a pull hands out at most a batch, oldest first', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    for (let i = 0; i < 250; i++) room.submit(member, 'card', { kind: 'risk', text: `c${i}` });
    const batch = room.pull(0);
    expect(batch).toHaveLength(ROOM_LIMITS.pullBatch);
    expect(batch[0]!.seq).toBe(1);
  });

  test('pending answers are kept even when a phone sends a lot; settled ones are forgotten first', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    const first = room.submit(member, 'card', { kind: 'risk', text: 'first' });
    if (!first.ok) throw new Error('submit');
    for (let i = 0; i < ROOM_LIMITS.answersPerParticipant + 5; i++) room.submit(member, 'card', { kind: 'risk', text: `c${i}` });
    expect(room.answer(member, first.value.id).ok).toBe(true);
  });
});

describe('what a phone sees', () => {
  test('only open stages, its own identity, ballot and cards', () => {
    const c = content({ ballots: { someoneElse: { 'risk-od': 2 } } });
    const { room } = newRoom({ gates: { kinds: ['idea'], voting: true, scoring: false }, content: c });
    const { member } = joinAs(room, { name: 'Alex', anonymous: false, partnerId: 'partner-police', sector: null });
    const view = room.view(member);
    expect(view.me).toEqual({ name: 'Alex', anonymous: false, ordinal: 1, partnerName: 'Riverbend Police Service', sector: null });
    expect(view.capture.kinds).toEqual(['idea']);
    expect(view.voting?.mine).toEqual({});
    expect(view.scoring).toBeNull();
    expect(JSON.stringify(view)).not.toContain('someoneElse');
  });

  test('nothing open: no stage data at all', () => {
    const { room } = newRoom({ gates: { kinds: [], voting: false, scoring: false } });
    const view = room.view(joinAs(room).member);
    expect(view.capture.kinds).toEqual([]);
    expect(view.voting).toBeNull();
    expect(view.scoring).toBeNull();
    expect(JSON.stringify(view)).not.toContain('Overdose');
  });

  test('applied votes show at once, until published content includes them', () => {
    const { room } = newRoom();
    const { member, profile } = joinAs(room);
    const vote = room.submit(member, 'vote', { riskId: 'risk-od', dots: 2 });
    if (!vote.ok) throw new Error('vote');
    expect(room.view(member).voting?.mine).toEqual({}); // pending: not shown as counted
    room.ack([{ id: vote.value.id, outcome: 'applied' }]);
    expect(room.view(member).voting?.mine).toEqual({ 'risk-od': 2 });
    // The facilitator publishes content read before the vote was applied: the overlay still shows it.
    room.publish(content({ appliedThrough: vote.value.seq - 1 }));
    expect(room.view(member).voting?.mine).toEqual({ 'risk-od': 2 });
    // Content that includes it (and then an undo removed it): the plan is the truth.
    room.publish(content({ appliedThrough: vote.value.seq, ballots: {} }));
    expect(room.view(member).voting?.mine).toEqual({});
    room.publish(content({ appliedThrough: vote.value.seq, ballots: { [profile.id]: { 'risk-ymh': 1 } } }));
    expect(room.view(member).voting?.mine).toEqual({ 'risk-ymh': 1 });
  });

  test('a vote of 0 or a cleared score removes the entry', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    const ack = (r: ReturnType<typeof room.submit>) => r.ok && room.ack([{ id: r.value.id, outcome: 'applied' }]);
    ack(room.submit(member, 'vote', { riskId: 'risk-od', dots: 2 }));
    ack(room.submit(member, 'vote', { riskId: 'risk-od', dots: 0 }));
    ack(room.submit(member, 'score', { riskId: 'risk-od', criterionId: 'crit-sev', value: 4 }));
    expect(room.view(member).scoring?.mine).toEqual({ 'risk-od|crit-sev': 4 });
    ack(room.submit(member, 'score', { riskId: 'risk-od', criterionId: 'crit-sev', value: null }));
    expect(room.view(member).voting?.mine).toEqual({});
    expect(room.view(member).scoring?.mine).toEqual({});
  });

  test('the facilitator is "away" when no pull came for a while', () => {
    const c = clock();
    const { room } = newRoom({ now: c.now });
    const { member } = joinAs(room);
    expect(room.view(member).facilitatorAway).toBe(false);
    c.advance(ROOM_LIMITS.facilitatorAwayMs + 1);
    expect(room.view(member).facilitatorAway).toBe(true);
    room.pull(0);
    expect(room.view(member).facilitatorAway).toBe(false);
  });

  test('join options carry names only', () => {
    const { room } = newRoom({ content: { ...emptyRoomContent(), partners: [{ id: 'p', name: 'Food Bank' }] } });
    expect(room.joinOptions()).toEqual({ title: '', sessionTitle: '', partners: [{ id: 'p', name: 'Food Bank' }], sectors: [] });
  });

  test('summary for the facilitator lists who joined', () => {
    const { room } = newRoom({ gates: OPEN });
    joinAs(room, { name: '', anonymous: true, partnerId: null, sector: null });
    expect(room.summary()).toMatchObject({ planId: 'plan-1', sessionId: 'session-1', participants: [{ anonymous: true, ordinal: 1, removed: false }], queue: { pending: 1 } });
  });
});

describe('memory', () => {
  test('settled answers beyond the per-phone limit are forgotten, oldest first', () => {
    const { room } = newRoom();
    const { member } = joinAs(room);
    room.ack(room.pull(0).map((s) => ({ id: s.id, outcome: 'applied' as const }))); // the join
    const ids: string[] = [];
    for (let i = 0; i < ROOM_LIMITS.answersPerParticipant + 10; i++) {
      const r = room.submit(member, 'card', { kind: 'risk', text: `c${i}` });
      if (!r.ok) throw new Error('submit');
      ids.push(r.value.id);
      room.ack([{ id: r.value.id, outcome: 'applied' }]);
    }
    expect(room.answer(member, ids[0]!)).toMatchObject({ ok: false, error: { code: 'unknownSubmission' } });
    expect(room.answer(member, ids.at(-1)!)).toMatchObject({ ok: true });
    expect(room.view(member).cards).toHaveLength(50);
  });
});
