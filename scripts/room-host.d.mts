import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RoomControl {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  dispose(): Promise<void>;
}
export function builtRoomServer(projectRoot?: string): string | null;
export function attachRoomControl(options: { port: number; host?: string; projectRoot?: string; log?: Pick<Console, 'warn'> }): Promise<RoomControl | null>;
