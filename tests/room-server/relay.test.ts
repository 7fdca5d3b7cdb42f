/**
 * The relay to the facilitator's screen: a phone's submission waits in the host until the
 * screen acknowledges it; the phone hears "applied", "refused (why)" or "pending"; nothing
 * accepted is dropped by a reload of the screen or by turning participation off by mistake.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOM_LIMITS } from '@core/room';
import { applyAll, Phone, startRoom, type TestRoom } from './helpers';

let room: TestRoom;
let phone: Phone;
beforeEach(async () => {
  room = await startRoom();
  phone = new Phone(room.base, room.code);
  await phone.join();
  await applyAll(room);
});
afterEach(async () => {
  await room.stop();
});

describe('answers', () => {
  test('applied: the phone hears it as soon as the screen acknowledges', async () => {
    const sent = phone.post('/api/cards', { kind: 'risk', text: 'Overdose calls downtown' });
    const pulled = await room.control({ op: 'pull', after: 0, waitMs: 2000 }); // wakes on arrival
    expect(pulled.ok && pulled.items.map((i) => i.type)).toEqual(['card']);
    if (!pulled.ok) return;
    await room.control({ op: 'ack', results: [{ id: pulled.items[0]!.id, outcome: 'applied' }] });
    const res = await sent;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'applied', submission: { status: 'applied', text: 'Overdose calls downtown', kind: 'risk' } });
  });

  test('refused by the domain: the reason and its limit', async () => {
    const sent = phone.post('/api/votes', { riskId: 'risk-od', dots: 2 });
    const pulled = await room.control({ op: 'pull', after: 0, waitMs: 2000 });
    if (!pulled.ok) throw new Error('pull');
    await room.control({ op: 'ack', results: [{ id: pulled.items[0]!.id, outcome: 'refused', reason: 'overAllowance', limit: 5 }] });
    const res = await sent;
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'refused', reason: 'overAllowance', limit: 5 });
  });

  test('no acknowledgement in time: "pending", then the status can be asked for', async () => {
    const started = Date.now();
    const res = await phone.post('/api/cards', { kind: 'idea', text: 'Peer mentoring' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(ROOM_LIMITS.answerWaitMs - 50);
    expect(res.status).toBe(202);
    const id = (res.body.submission as { id: string }).id;
    expect((await phone.get(`/api/submissions/${id}`)).body.submission).toMatchObject({ status: 'pending' });
    await applyAll(room);
    expect((await phone.get(`/api/submissions/${id}`)).body.submission).toMatchObject({ status: 'applied', text: 'Peer mentoring' });
    expect((await phone.get('/api/submissions/unknown-id')).body.error?.code).toBe('unknownSubmission');
  }, 10_000);

  test('with the screen away, the phone is told at once and the submission is kept', async () => {
    room.clock.advance(ROOM_LIMITS.facilitatorAwayMs + 1);
    const started = Date.now();
    const res = await phone.post('/api/cards', { kind: 'risk', text: 'kept' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', facilitatorAway: true });
    expect((await room.control({ op: 'status' })).status.room?.queue.pending).toBe(1);
  });
});

describe('nothing accepted is lost', () => {
  test('a reload of the screen (pull again from 0) gets every unacknowledged submission again', async () => {
    room.clock.advance(ROOM_LIMITS.facilitatorAwayMs + 1);
    for (const text of ['one', 'two', 'three']) await phone.post('/api/cards', { kind: 'risk', text });
    const first = await room.control({ op: 'pull', after: 0, waitMs: 0 });
    if (!first.ok) throw new Error('pull');
    // The page applied "one", acknowledged it, then was reloaded before the rest.
    await room.control({ op: 'ack', results: [{ id: first.items[0]!.id, outcome: 'applied' }] });
    const afterReload = await room.control({ op: 'pull', after: 0, waitMs: 0 });
    expect(afterReload.ok && afterReload.items.map((i) => i.type === 'card' && i.text)).toEqual(['two', 'three']);
  });

  test('turning off is refused while submissions wait, unless forced', async () => {
    room.clock.advance(ROOM_LIMITS.facilitatorAwayMs + 1);
    await phone.post('/api/cards', { kind: 'risk', text: 'waiting' });
    const refused = await room.control({ op: 'stop', force: false });
    expect(refused).toMatchObject({ ok: false, code: 'pendingSubmissions', detail: '1' });
    expect(refused.status.room).not.toBeNull();
    await applyAll(room);
    const stopped = await room.control({ op: 'stop', force: false });
    expect(stopped.ok && stopped.status.room).toBeNull();
  });

  test('a long pull wakes when a phone sends, and returns empty when the room stops', async () => {
    const waiting = room.control({ op: 'pull', after: 1_000, waitMs: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await room.control({ op: 'stop', force: true });
    const answer = await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(answer.ok).toBe(false); // not running any more
    if (!answer.ok) expect(answer.code).toBe('notRunning');
  });
});

describe('control', () => {
  test('starting again for the same plan keeps the room; for another plan it is refused', async () => {
    const before = (await room.control({ op: 'status' })).status.room!;
    const same = await room.control({ op: 'start', planId: 'plan-1', sessionId: null, address: '127.0.0.1', gates: before.gates, content: (await import('./helpers')).roomContent() });
    expect(same.ok && same.status.room?.joinCode).toBe(before.joinCode);
    const other = await room.control({ op: 'start', planId: 'plan-2', sessionId: null, address: null, gates: before.gates, content: (await import('./helpers')).roomContent() });
    expect(other).toMatchObject({ ok: false, code: 'otherPlan', detail: 'plan-1' });
  });

  test('status lists who joined with what they chose, and the QR address carries the code', async () => {
    const status = (await room.control({ op: 'status' })).status;
    expect(status.networks.at(-1)).toMatchObject({ kind: 'loopback' });
    expect(status.room).toMatchObject({
      address: '127.0.0.1',
      joinUrl: `${room.base}/#code=${room.code}`,
      participants: [{ name: 'Alex', anonymous: false, ordinal: 1, removed: false }],
      queue: { pending: 0, applied: 0, refused: 0 }, // the join is not input
    });
  });

  test('removing an unknown participant says so', async () => {
    expect(await room.control({ op: 'remove', participantId: 'nobody' })).toMatchObject({ ok: false, code: 'unknownParticipant' });
  });

  test('requests need a running room', async () => {
    await room.control({ op: 'stop', force: true });
    expect(await room.control({ op: 'gates', gates: { kinds: [], voting: false, scoring: false } })).toMatchObject({ ok: false, code: 'notRunning' });
  });
});
