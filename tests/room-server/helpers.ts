/** A room host on loopback with a hand-stepped clock, and a phone client speaking its API. */
import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { RoomHost, listenHttp } from '../../src/room-server';
import { emptyRoomContent, type RoomContent, type RoomControlAnswer, type RoomGates } from '@core/room';

export const GATES: RoomGates = { kinds: ['risk', 'idea'], voting: true, scoring: false };

export function roomContent(): RoomContent {
  return {
    ...emptyRoomContent(),
    title: 'Riverbend CSWB review',
    partners: [{ id: 'partner-police', name: 'Riverbend Police Service' }],
    sectors: [{ id: 'health', en: 'Health', fr: 'Santé' }],
    voting: { round: 1, dotsPerParticipant: 5, maxDotsPerRisk: 2, risks: [{ id: 'risk-od', title: 'Overdose' }] },
  };
}

export interface TestRoom {
  host: RoomHost;
  base: string;
  code: string;
  clock: { advance(ms: number): void };
  control(request: Parameters<RoomHost['control']>[0]): Promise<RoomControlAnswer>;
  stop(): Promise<void>;
}

export async function startRoom(options: { gates?: RoomGates } = {}): Promise<TestRoom> {
  let now = Date.parse('2025-10-07T13:00:00Z');
  const host = new RoomHost({
    listen: listenHttp,
    networkInterfaces: () => ({ lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] }),
    random: (n) => new Uint8Array(randomBytes(n)),
    now: () => now,
    preferredPort: 0,
  });
  const started = await host.control({ op: 'start', planId: 'plan-1', sessionId: null, address: '127.0.0.1', gates: options.gates ?? GATES, content: roomContent() });
  if (!started.ok || !started.status.room) throw new Error(`start failed: ${JSON.stringify(started)}`);
  return {
    host,
    base: started.status.room.url.replace(/\/$/, ''),
    code: started.status.room.joinCode,
    clock: { advance: (ms) => (now += ms) },
    control: (r) => host.control(r),
    stop: () => host.stop(),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: { error?: { code: string; field?: string; problem?: string; reason?: string; limit?: number; message: string } } & Record<string, unknown>;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, body };
}

export class Phone {
  token: string | null = null;
  constructor(
    readonly base: string,
    public code: string | undefined,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { ...extra };
    if (this.code !== undefined) h['X-Room-Code'] = this.code;
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    return h;
  }

  async post(path: string, body: unknown, extra: Record<string, string> = {}): Promise<Answer> {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return answer(await fetch(this.base + path, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json', ...extra }), body: raw }));
  }

  async get(path: string): Promise<Answer> {
    return answer(await fetch(this.base + path, { headers: this.headers() }));
  }

  async join(profile: Record<string, unknown> = { name: 'Alex', anonymous: false, partnerId: null, sector: null }): Promise<Answer> {
    const res = await this.post('/api/join', profile);
    if (res.status === 201) this.token = res.body.token as string;
    return res;
  }
}

/** A raw request, for what fetch will not send (a wrong Host, a chunked body without length...). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: Buffer[] },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

/** The facilitator's screen: pulls everything queued and acknowledges it as applied. */
export async function applyAll(room: TestRoom): Promise<number> {
  const pulled = await room.control({ op: 'pull', after: 0, waitMs: 0 });
  if (!pulled.ok) throw new Error('pull');
  await room.control({ op: 'ack', results: pulled.items.map((i) => ({ id: i.id, outcome: 'applied' as const })) });
  return pulled.items.length;
}
