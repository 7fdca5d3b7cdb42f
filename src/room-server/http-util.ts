/**
 * Small HTTP helpers for the room's servers: bounded body reading, strict JSON answers and the
 * security headers every answer carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, errorStatus, type Result, type RoomError } from '@core/room';

/** Headers on every answer: nothing is cached, sniffed, framed or sent on as a referrer. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** API answers are data, never a document: a CSP that forbids everything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Security-Policy': API_CSP,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: RoomError, headers: Record<string, string> = {}): void {
  const retry: Record<string, string> =
    error.retryAfterMs !== undefined && Number.isFinite(error.retryAfterMs) ? { 'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) } : {};
  sendJson(res, errorStatus(error), errorBody(error), { ...retry, ...headers });
}

/**
 * Reads a JSON request body of at most `limit` bytes. The body is read (bounded) before any
 * answer, because answering a request that is still uploading makes some clients drop the
 * answer. Too large: answered at once without reading the rest, and the connection is closed
 * after the answer (see `closeAfterAnswer`), so a huge upload costs nothing.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve({ ok: false, error: { code: 'tooLarge' } });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Result<unknown>) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ ok: false, error: { code: 'tooLarge' } });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish(parseJson(req, Buffer.concat(chunks))));
    req.on('error', () => finish({ ok: false, error: { code: 'malformedJson' } }));
    req.on('aborted', () => finish({ ok: false, error: { code: 'malformedJson' } }));
  });
}

function parseJson(req: IncomingMessage, bytes: Buffer): Result<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, error: { code: 'unsupportedMediaType' } };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false, error: { code: 'malformedJson' } };
  }
}

/**
 * The request's body, read once and at most `limit` bytes; an oversized one closes the
 * connection after the answer. `refuse` reads (and discards) the body before answering, so an
 * early refusal reaches the client intact.
 */
export function bodyReader(req: IncomingMessage, res: ServerResponse, limit: number) {
  let body: Promise<Result<unknown>> | null = null;
  const read = (): Promise<Result<unknown>> =>
    (body ??= readJsonBody(req, limit).then((result) => {
      if (!result.ok && result.error.code === 'tooLarge') closeAfterAnswer(req, res);
      return result;
    }));
  // Whatever the method: a GET may carry a body too, and unread bytes would spoil the connection.
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  const drain = async (): Promise<void> => {
    if (hasBody) await read();
  };
  return {
    read,
    drain,
    async refuse(error: RoomError, headers: Record<string, string> = {}): Promise<void> {
      await drain();
      sendError(res, error, headers);
    },
  };
}

/** After answering an oversized request, close the connection instead of draining the upload. */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => {
    // End politely first (an immediate reset could lose the answer), then make sure it goes.
    req.socket.end();
    setTimeout(() => req.socket.destroy(), 2000).unref();
  });
}

/** The peer's address without the IPv4-mapped IPv6 prefix. */
export function remoteAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}
