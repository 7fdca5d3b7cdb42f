/**
 * Room participation in Electron: the phones' server runs here, in the main process, and the
 * facilitator's page drives it over the `room:control` IPC channel (validated in ipc.ts). The
 * server exists only while participation is on; quitting the app turns it off.
 */
import type { RoomControlAnswer, RoomControlRequest } from '@core/room';
import { createNodeRoomHost, type RoomHost } from '../room-server';

export class RoomManager {
  private host: RoomHost | null = null;

  constructor(private readonly createHost: () => RoomHost = () => createNodeRoomHost()) {}

  initialize(): void {
    // Nothing listens until the facilitator turns participation on.
  }

  control(request: RoomControlRequest): Promise<RoomControlAnswer> {
    this.host ??= this.createHost();
    return this.host.control(request);
  }

  dispose(): void {
    void this.host?.stop();
    this.host = null;
  }
}
