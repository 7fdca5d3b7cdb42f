/**
 * Hostile requests against the phones' server, over real HTTP on loopback: every one gets a
 * clear, specific answer, and nothing reaches the queue (so nothing reaches the plan).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RATE_LIMITS, ROOM_LIMITS } from '@core/room';
import { Phone, rawRequest, startRoom, type TestRoom } from './helpers';

let room: TestRoom;
beforeEach(async () => {
  room = await startRoom();
});
afterEach(async () => {
  await room.stop();
});

async function queued(): Promise<number> {
  const status = await room.control({ op: 'status' });
  return status.status.room?.queue.pending ?? -1;
}

describe('the participant page', () => {
  test('is served with a strict CSP and no way to frame, sniff or refer', async () => {
    const res = await fetch(`${room.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script src="/app.js" defer></script>');
    expect(html).not.toMatch(/<script>[^<]/); // no inline script
  });

  test('its script carries both languages and builds text with textContent, never innerHTML', async () => {
    const js = await (await fetch(`${room.base}/app.js`)).text();
    expect(js.startsWith('var ROOM_STRINGS = {"en":{')).toBe(true);
    expect(js).toContain('"fr":{');
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect((await fetch(`${room.base}/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  test('anything else is 404 or 405, as JSON', async () => {
    expect((await fetch(`${room.base}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${room.base}/api/admin`)).status).toBe(404);
    const post = await fetch(`${room.base}/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(await post.json()).toMatchObject({ error: { code: 'methodNotAllowed' } });
    expect((await fetch(`${room.base}/api/state`, { method: 'OPTIONS' })).status).toBe(405);
  });

  test('a request naming another host (DNS rebinding) is refused', async () => {
    const res = await rawRequest(`${room.base}/`, { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'badHost' } });
  });
});

describe('join code', () => {
  test('missing, wrong and right', async () => {
    expect((await new Phone(room.base, undefined).post('/api/join-options', {})).body.error?.code).toBe('missingCode');
    const wrong = await new Phone(room.base, 'ZZZZZZ' === room.code ? 'YYYYYY' : 'ZZZZZZ').post('/api/join-options', {});
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'wrongCode', message: expect.stringContaining('join code') });
    const right = await new Phone(room.base, room.code.toLowerCase()).post('/api/join-options', {});
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ title: 'Riverbend CSWB review', sessionTitle: '', partners: [{ id: 'partner-police', name: 'Riverbend Police Service' }], sectors: [{ id: 'health', en: 'Health', fr: 'Santé' }] });
    expect(await queued()).toBe(0);
  });

  test('joining with a wrong code queues nothing', async () => {
    const phone = new Phone(room.base, 'WRONG1');
    expect((await phone.join()).status).toBe(403);
    expect(await queued()).toBe(0);
  });

  test('guessing the code is rate limited per address', async () => {
    const phone = new Phone(room.base, 'WRONG1');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.joinPerAddress.capacity + 2; i++) statuses.push((await phone.post('/api/join-options', {})).status);
    expect(statuses.slice(0, RATE_LIMITS.joinPerAddress.capacity).every((s) => s === 403)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Even the right code waits now: guessing cannot continue from this address.
    const right = await new Phone(room.base, room.code).post('/api/join-options', {});
    expect(right.status).toBe(429);
    expect(right.body.error?.code).toBe('rateLimited');
    room.clock.advance(60_000);
    expect((await new Phone(room.base, room.code).post('/api/join-options', {})).status).toBe(200);
  });
});

describe('passes', () => {
  test('missing, forged, from another room, removed', async () => {
    const phone = new Phone(room.base, room.code);
    expect((await phone.get('/api/state')).body.error?.code).toBe('missingToken');
    expect((await phone.join()).status).toBe(201);
    const real = phone.token!;
    const [roomId, memberId, secret] = real.split('.') as [string, string, string];

    phone.token = `${roomId}.${memberId}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect((await phone.get('/api/state')).body.error?.code).toBe('tokenInvalid');
    phone.token = `${roomId}.AAAAAAAAAAAAAAAA.${secret}`;
    expect((await phone.get('/api/state')).body.error?.code).toBe('tokenInvalid');
    phone.token = 'garbage';
    expect((await phone.get('/api/state')).status).toBe(401);
    phone.token = `oldroom12.${memberId}.${secret}`;
    const expired = await phone.get('/api/state');
    expect(expired.status).toBe(401);
    expect(expired.body.error?.code).toBe('tokenExpired');

    phone.token = real;
    expect((await phone.get('/api/state')).status).toBe(200);
    await room.control({ op: 'remove', participantId: memberId });
    const removed = await phone.post('/api/cards', { kind: 'risk', text: 'after removal' });
    expect(removed.status).toBe(403);
    expect(removed.body.error?.code).toBe('removed');
    expect(await queued()).toBe(1); // only the join
  });

  test('a pass stops working when participation is turned off and on again', async () => {
    const phone = new Phone(room.base, room.code);
    await phone.join();
    const { token } = phone;
    await room.control({ op: 'stop', force: true });
    await expect(fetch(`${room.base}/api/state`)).rejects.toThrow(); // nothing listens any more
    room = await startRoom();
    const again = new Phone(room.base, room.code);
    again.token = token;
    expect((await again.get('/api/state')).body.error?.code).toBe('tokenExpired');
  });
});

describe('bodies', () => {
  let phone: Phone;
  beforeEach(async () => {
    phone = new Phone(room.base, room.code);
    await phone.join();
  });

  test('oversized (declared length): 413 without reading it', async () => {
    const res = await phone.post('/api/cards', JSON.stringify({ kind: 'risk', text: 'x'.repeat(ROOM_LIMITS.bodyBytes) }));
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('tooLarge');
    expect(await queued()).toBe(1);
  });

  test('oversized (chunked, no length): 413 once the limit is passed', async () => {
    const chunk = Buffer.alloc(4096, 'x');
    const res = await rawRequest(`${room.base}/api/cards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Room-Code': room.code, Authorization: `Bearer ${phone.token}`, 'Transfer-Encoding': 'chunked' },
      chunks: Array.from({ length: 8 }, () => chunk),
    });
    expect(res.status).toBe(413);
    expect(await queued()).toBe(1);
  });

  test.each([
    ['{"kind":"risk","text":', 'malformedJson', 400],
    ['{"kind":"risk","text":"x"}}', 'malformedJson', 400],
    ['', 'malformedJson', 400],
    ['"just a string"', 'invalidField', 422],
    ['[1,2,3]', 'invalidField', 422],
    ['{"kind":"risk","text":"x","__proto__":{"admin":true}}', 'invalidField', 422],
    ['{"kind":"risk","text":"x","constructor":{"prototype":{"admin":true}}}', 'invalidField', 422],
    ['{"kind":"risk"}', 'invalidField', 422],
    ['{"kind":"risk","text":12}', 'invalidField', 422],
  ])('%j -> %s', async (body, code, status) => {
    const res = await phone.post('/api/cards', body);
    expect(res.status).toBe(status);
    expect(res.body.error?.code).toBe(code);
    expect(await queued()).toBe(1);
  });

  test('invalid UTF-8 is malformed', async () => {
    const res = await rawRequest(`${room.base}/api/cards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Room-Code': room.code, Authorization: `Bearer ${phone.token}` },
      chunks: [Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])],
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('malformedJson');
  });

  test('a form post (no JSON content type) is refused: another site cannot post here', async () => {
    const res = await phone.post('/api/cards', 'kind=risk&text=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('unsupportedMediaType');
  });

  test('the field at fault is named', async () => {
    const res = await phone.post('/api/cards', { kind: 'risk', text: ' ' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'invalidField', field: 'text', problem: 'empty', message: expect.stringContaining('text: empty') });
  });
});

describe('script in text fields', () => {
  test('is accepted as plain text, travels unchanged, and every answer is inert JSON', async () => {
    const phone = new Phone(room.base, room.code);
    const name = '<img src=x onerror=alert(1)>';
    expect((await phone.join({ name, anonymous: false, partnerId: null, sector: null })).status).toBe(201);
    const text = '<script>alert("x")</script><b onmouseover=alert(2)>hi</b>';
    const sent = fetch(`${room.base}/api/cards`, { method: 'POST', headers: phone.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify({ kind: 'risk', text }) });
    const pulled = await room.control({ op: 'pull', after: 1, waitMs: 2000 });
    expect(pulled.ok && pulled.items[0]).toMatchObject({ type: 'card', text, member: { name } });
    if (pulled.ok) await room.control({ op: 'ack', results: [{ id: pulled.items[0]!.id, outcome: 'applied' }] });
    const res = await sent;
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const state = await phone.get('/api/state');
    expect((state.body.cards as Array<{ text: string }>)[0]!.text).toBe(text);
  });
});

describe('closed stages', () => {
  test('a closed stage or kind refuses, and nothing is queued', async () => {
    const phone = new Phone(room.base, room.code);
    await phone.join();
    expect((await phone.post('/api/cards', { kind: 'asset', text: 'Situation table' })).body.error?.code).toBe('kindClosed');
    expect((await phone.post('/api/scores', { riskId: 'risk-od', criterionId: 'c', value: 1 })).body.error?.code).toBe('stageClosed');
    await room.control({ op: 'gates', gates: { kinds: [], voting: false, scoring: false } });
    const closed = await phone.post('/api/cards', { kind: 'risk', text: 'too late' });
    expect(closed.status).toBe(409);
    expect(closed.body.error?.code).toBe('stageClosed');
    expect((await phone.post('/api/votes', { riskId: 'risk-od', dots: 1 })).body.error?.code).toBe('stageClosed');
    expect(await queued()).toBe(1);
  });
});

describe('floods', () => {
  test('one address beyond its rate gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    const retry: (string | null)[] = [];
    for (let i = 0; i < RATE_LIMITS.perAddress.capacity + 5; i++) {
      const res = await fetch(`${room.base}/app.css`);
      statuses.push(res.status);
      retry.push(res.headers.get('retry-after'));
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMITS.perAddress.capacity);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    expect(retry.at(-1)).toBe('1');
    room.clock.advance(1000);
    expect((await fetch(`${room.base}/app.css`)).status).toBe(200);
  });

  test('one participant beyond its rate gets 429; what it sent before is all queued', async () => {
    const phone = new Phone(room.base, room.code);
    await phone.join();
    let accepted = 0;
    let limited = 0;
    const sends = Array.from({ length: RATE_LIMITS.perToken.capacity + 10 }, (_, i) =>
      phone.post('/api/cards', { kind: 'risk', text: `card ${i}` }).then((r) => {
        if (r.status === 202 || r.status === 200) accepted++;
        if (r.status === 429) limited++;
      }),
    );
    room.clock.advance(ROOM_LIMITS.facilitatorAwayMs + 1); // nobody pulls: answer "pending" at once
    await Promise.all(sends);
    expect(accepted).toBe(RATE_LIMITS.perToken.capacity);
    expect(limited).toBe(10);
    expect(await queued()).toBe(1 + accepted);
  });
});
