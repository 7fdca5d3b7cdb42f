import type { Server } from 'node:http';

export const CSP: string;
export function resolveInside(root: string, urlPath: string): string | null;
export function startRendererServer(options?: { root?: string; port?: number; host?: string }): Promise<{
  url: string;
  server: Server;
  close(): Promise<void>;
}>;
