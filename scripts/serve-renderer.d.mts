import type { Server } from 'node:http';

export const CSP: string;
export function resolveInside(root: string, urlPath: string): string | null;
/** `room`: also answer room participation's POST /room/control (scripts/room-host.mjs). */
export function startRendererServer(options?: { root?: string; port?: number; host?: string; room?: boolean }): Promise<{
  url: string;
  server: Server;
  close(): Promise<void>;
}>;
