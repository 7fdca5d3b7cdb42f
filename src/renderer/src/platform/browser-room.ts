/**
 * Room participation in browser mode: the facilitator's page sends control requests to the local
 * launcher that serves it, on the same origin (`POST /room/control`, see src/room-server/
 * control-http.ts), so the app's CSP stays `connect-src 'self'`. The custom header is what the
 * launcher checks to know the request comes from this page.
 */
import type { RoomControlAnswer, RoomControlRequest } from '@core/room';

/** The message of the error thrown when this shell cannot host a room (see Platform.roomControl). */
export const ROOM_UNAVAILABLE = 'room-unavailable';

export async function browserRoomControl(request: RoomControlRequest): Promise<RoomControlAnswer> {
  let res: Response;
  try {
    res = await fetch('/room/control', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSWB-Room': '1' },
      body: JSON.stringify(request),
      cache: 'no-store',
    });
  } catch (error) {
    throw new Error(`room-control: ${(error as Error).message}`, { cause: error });
  }
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(ROOM_UNAVAILABLE); // a server without the room
  const body = (await res.json()) as RoomControlAnswer | { error: { code: string; message: string } };
  if (!res.ok || 'error' in body) throw new Error(`room-control: ${'error' in body ? `${body.error.code}: ${body.error.message}` : res.status}`);
  return body;
}
