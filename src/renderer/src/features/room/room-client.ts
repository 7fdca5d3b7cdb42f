/** The room's control channel, as the screens use it (the platform picks IPC or loopback HTTP). */
import type { RoomControlAnswer, RoomControlRequest } from '@core/room';
import { platform } from '../../platform';

export function roomControl(request: RoomControlRequest): Promise<RoomControlAnswer> {
  return platform.roomControl(request);
}

/** True when this shell cannot host a room (browser mode served without the app's launcher). */
export function isRoomUnavailable(error: unknown): boolean {
  return error instanceof Error && error.message === 'room-unavailable';
}
