/** Browser mode's control endpoint: only the app's own page on loopback may drive the room. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createControlHandler } from '../../src/room-server';
import { rawRequest, roomContent, startRoom, type TestRoom } from './helpers';

let room: TestRoom;
let server: Server;
let origin: string;

beforeAll(async () => {
  room = await startRoom();
  await room.control({ op: 'stop', force: true });
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
  const handle = createControlHandler(room.host, { allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`] });
  server.on('request', (req, res) => {
    void handle(req, res).then((handled) => {
      if (!handled) res.writeHead(200).end('static');
    });
  });
});
afterAll(async () => {
  await room.stop();
  await new Promise((r) => server.close(r));
});

const good = { 'Content-Type': 'application/json', 'X-CSWB-Room': '1' };
const send = (headers: Record<string, string>, body: unknown, path = '/room/control', method = 'POST') =>
  rawRequest(origin + path, { method, headers, chunks: body === undefined ? [] : [Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))] });

describe('POST /room/control', () => {
  test('the app page can start, read and stop the room', async () => {
    const start = await send({ ...good, Origin: origin }, { op: 'start', planId: 'plan-1', sessionId: null, address: '127.0.0.1', gates: { kinds: ['risk'], voting: false, scoring: false }, content: roomContent() });
    expect(start.status).toBe(200);
    expect(JSON.parse(start.body)).toMatchObject({ ok: true, status: { room: { planId: 'plan-1' } } });
    expect(JSON.parse((await send(good, { op: 'status' })).body).status.room.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(JSON.parse((await send(good, { op: 'stop', force: false })).body)).toMatchObject({ ok: true, status: { room: null } });
  });

  test('other paths are still served by the static server', async () => {
    expect((await send({}, undefined, '/index.html', 'GET')).body).toBe('static');
  });

  test.each([
    ['another origin', { ...good, Origin: 'http://evil.example' }, 403, 'badOrigin'],
    ['the app on another port', { ...good, Origin: 'http://127.0.0.1:1' }, 403, 'badOrigin'],
    ['no custom header', { 'Content-Type': 'application/json' }, 403, 'missingHeader'],
    ['a form post', { 'Content-Type': 'text/plain', 'X-CSWB-Room': '1' }, 415, 'unsupportedMediaType'],
    ['a rebinding host name', { ...good, Host: 'evil.example' }, 421, 'badHost'],
  ])('refuses %s', async (_what, headers, status, code) => {
    const res = await send(headers, { op: 'status' });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body).error.code).toBe(code);
  });

  test('refuses bad bodies and unknown operations without acting', async () => {
    expect((await send(good, '{"op":')).status).toBe(400);
    const unknown = await send(good, { op: 'format-disk' });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).error.code).toBe('invalidRequest');
    const leak = await send(good, { op: 'publish', content: { ...roomContent(), partners: [{ id: 'p', name: 'n', contactEmail: 'a@b.c' }] } });
    expect(leak.status).toBe(400);
    expect((await send(good, undefined, '/room/control', 'GET')).status).toBe(405);
    expect((await send(good, { op: 'status' }, '/room/other')).status).toBe(404);
  });
});
