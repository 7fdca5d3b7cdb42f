/**
 * The phones' side of the room: one small page and a narrow JSON API. Every request passes, in
 * order: the Host check (the address the room was opened on), the per-address rate limit, the
 * route and method, the body's type, size and JSON, then the join code (plus, for joining, a
 * stricter per-address limit against guessing), then the participant's pass and its own rate
 * limit. Only then does the room (src/core/room) check what is open and validate every field.
 *
 *   POST /api/join-options   code                  -> plan title, organisations, sectors
 *   POST /api/join           code, profile         -> pass (token) and what is open
 *   GET  /api/state          code, pass            -> what is open, own ballot, own cards
 *   POST /api/cards|votes|scores  code, pass, body -> applied / refused / pending
 *   GET  /api/submissions/<id>    code, pass       -> status of one of this phone's submissions
 *
 * The code travels in `X-Room-Code`, the pass in `Authorization: Bearer`; custom headers also
 * mean a page from another origin cannot send these requests (no CORS is ever granted).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  errorBody,
  errorStatus,
  RATE_LIMITS,
  ROOM_LIMITS,
  RateLimiter,
  type Member,
  type Room,
  type RoomError,
  type SubmissionAnswer,
} from '@core/room';
import { BASE_HEADERS, bodyReader, remoteAddress, sendError, sendJson } from './http-util';
import { PAGE_CSP, pageAssets } from './page';

export interface ParticipantServerContext {
  /** The running room, or null once participation was turned off. */
  room(): Room | null;
  /** `host:port` phones use; requests naming another host are refused (DNS rebinding). */
  expectedHost(): string;
  /** Resolves with the answer once the facilitator's screen acknowledged it, or null after `ms`. */
  waitForAnswer(submissionId: string, ms: number): Promise<SubmissionAnswer | null>;
  /** Wakes the facilitator's screen when a submission was queued. */
  enqueued(): void;
  now(): number;
  rates?: typeof RATE_LIMITS;
}

const SUBMIT_ROUTES = { '/api/cards': 'card', '/api/votes': 'vote', '/api/scores': 'score' } as const;

export function createParticipantHandler(ctx: ParticipantServerContext): RequestListener {
  const rates = ctx.rates ?? RATE_LIMITS;
  const perAddress = new RateLimiter(rates.perAddress, ctx.now);
  const joinPerAddress = new RateLimiter(rates.joinPerAddress, ctx.now);
  const perMember = new RateLimiter(rates.perToken, ctx.now);
  const assets = pageAssets();

  const limited = (limiter: RateLimiter, key: string): RoomError | null => {
    const take = limiter.take(key);
    return take.allowed ? null : { code: 'rateLimited', retryAfterMs: take.retryAfterMs };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const room = ctx.room();
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    const path = url.pathname;
    const address = remoteAddress(req);
    const body = bodyReader(req, res, ROOM_LIMITS.bodyBytes);
    if (!room) return body.refuse({ code: 'tokenExpired' });
    if ((req.headers.host ?? '').toLowerCase() !== ctx.expectedHost()) return body.refuse({ code: 'badHost' });
    const slow = limited(perAddress, address);
    if (slow) return body.refuse(slow);

    const asset = assets.get(path);
    if (asset) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return body.refuse({ code: 'methodNotAllowed' }, { Allow: 'GET, HEAD' });
      res.writeHead(200, { ...BASE_HEADERS, 'Content-Security-Policy': PAGE_CSP, 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
      return;
    }
    if (!path.startsWith('/api/')) return body.refuse({ code: 'notFound' });

    const code = header(req, 'x-room-code');
    if (path === '/api/join-options' || path === '/api/join') {
      if (req.method !== 'POST') return body.refuse({ code: 'methodNotAllowed' }, { Allow: 'POST' });
      const guessing = limited(joinPerAddress, address);
      if (guessing) return body.refuse(guessing);
      const input = await body.read();
      if (!input.ok) return sendError(res, input.error);
      const codeOk = room.checkCode(code);
      if (!codeOk.ok) return sendError(res, codeOk.error);
      if (path === '/api/join-options') return sendJson(res, 200, room.joinOptions());
      const joined = room.join(input.value);
      if (!joined.ok) return sendError(res, joined.error);
      ctx.enqueued();
      const member = room.authenticate(code, `Bearer ${joined.value.token}`);
      return sendJson(res, 201, { token: joined.value.token, profile: joined.value.profile, view: member.ok ? room.view(member.value) : null });
    }

    const submitType = SUBMIT_ROUTES[path as keyof typeof SUBMIT_ROUTES];
    const answerId = /^\/api\/submissions\/([A-Za-z0-9_-]{1,64})$/.exec(path)?.[1];
    if (!submitType && path !== '/api/state' && !answerId) return body.refuse({ code: 'notFound' });
    const wanted = submitType ? 'POST' : 'GET';
    if (req.method !== wanted) return body.refuse({ code: 'methodNotAllowed' }, { Allow: wanted });

    const auth = room.authenticate(code, header(req, 'authorization'));
    if (!auth.ok) return body.refuse(auth.error);
    const member: Member = auth.value;
    const busy = limited(perMember, member.profile.id);
    if (busy) return body.refuse(busy);

    if (path === '/api/state') return sendJson(res, 200, room.view(member));
    if (answerId) {
      const answer = room.answer(member, answerId);
      return answer.ok ? sendJson(res, 200, { submission: answer.value }) : sendError(res, answer.error);
    }
    const input = await body.read();
    if (!input.ok) return sendError(res, input.error);
    const submitted = room.submit(member, submitType!, input.value);
    if (!submitted.ok) return sendError(res, submitted.error);
    ctx.enqueued();
    const settled = room.facilitatorAway() ? null : await ctx.waitForAnswer(submitted.value.id, ROOM_LIMITS.answerWaitMs);
    const answer = settled ?? room.answerOf(submitted.value.id);
    if (answer?.status === 'refused') {
      const error: RoomError = { code: 'refused', reason: answer.reason ?? 'notApplied', limit: answer.limit ?? undefined };
      return sendJson(res, errorStatus(error), { ...errorBody(error), submission: answer });
    }
    const status = answer?.status === 'applied' ? 200 : 202;
    return sendJson(res, status, { status: answer?.status ?? 'pending', submission: answer, facilitatorAway: room.facilitatorAway() });
  }

  return (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'Something went wrong on the facilitator’s laptop.' } });
      else res.destroy();
    });
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
