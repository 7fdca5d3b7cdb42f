/**
 * Browser mode's control channel: the facilitator's page (served by the local launcher on
 * 127.0.0.1) sends the same control requests as Electron's IPC, as `POST /room/control` on the
 * app's own origin (so the app's CSP stays `connect-src 'self'`).
 *
 * Only the app's page may use it: the Host must be the launcher's loopback address (no DNS
 * rebinding), a browser Origin must be that same origin, and the request must carry the custom
 * header `X-CSWB-Room: 1` with a JSON body, which a page of another origin cannot send without a
 * CORS preflight that is never granted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOM_LIMITS, roomControlRequestSchema } from '@core/room';
import { bodyReader, sendJson } from './http-util';
import type { RoomHost } from './host';

export const CONTROL_PATH = '/room/control';

export interface ControlHandlerOptions {
  /** The launcher's own `host:port` values (127.0.0.1:47831, localhost:47831). */
  allowedHosts: readonly string[];
}

/** Handles `/room/*` requests; returns false for anything else (the static server serves it). */
export function createControlHandler(host: RoomHost, options: ControlHandlerOptions) {
  const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  return async function handleRoomControl(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith('/room/')) return false;
    const body = bodyReader(req, res, ROOM_LIMITS.controlBodyBytes);
    const refuse = async (status: number, code: string, message: string) => {
      await body.drain();
      sendJson(res, status, { error: { code, message } });
      return true;
    };
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    if (!allowed.has(hostHeader)) return refuse(421, 'badHost', 'This address is not served here.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader}`) return refuse(403, 'badOrigin', 'Only the app itself may control the room.');
    if (path !== CONTROL_PATH) return refuse(404, 'notFound', 'Not found.');
    if (req.method !== 'POST') return refuse(405, 'methodNotAllowed', 'Use POST.');
    if (req.headers['x-cswb-room'] !== '1') return refuse(403, 'missingHeader', 'Only the app itself may control the room.');
    const input = await body.read();
    if (!input.ok) {
      const status = input.error.code === 'tooLarge' ? 413 : input.error.code === 'unsupportedMediaType' ? 415 : 400;
      return refuse(status, input.error.code, 'Bad request.');
    }
    const parsed = roomControlRequestSchema.safeParse(input.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(400, 'invalidRequest', `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`);
    }
    sendJson(res, 200, await host.control(parsed.data));
    return true;
  };
}
