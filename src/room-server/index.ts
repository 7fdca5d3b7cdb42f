/**
 * The room server with Node's real effects. Electron's main process (src/main/room-manager.ts)
 * and browser mode's launcher (scripts/room-host.mjs, through the built out/main/room-server.js)
 * both create their host here.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import { networkInterfaces } from 'node:os';
import { RoomHost, type ListeningServer } from './host';

export { RoomHost } from './host';
export type { ListeningServer, RoomHostEffects } from './host';
export { createControlHandler, CONTROL_PATH } from './control-http';

/** Phones find the room at http://<laptop>:47850/ when that port is free. */
export const ROOM_PORT = 47850;

/** Starts a hardened HTTP server: small headers, short timeouts, bounded keep-alive. */
export function listenHttp(handler: RequestListener, address: string, port: number): Promise<ListeningServer> {
  const server = createServer({ maxHeaderSize: 8 * 1024, requestTimeout: 15_000, headersTimeout: 10_000 }, handler);
  server.keepAliveTimeout = 5_000;
  server.maxRequestsPerSocket = 1000;
  server.maxConnections = 600; // two per phone at most in a full room; a flood of sockets is cut off
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: address, exclusive: true }, () => {
      server.off('error', reject);
      const bound = server.address();
      resolve({
        port: typeof bound === 'object' && bound ? bound.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export function createNodeRoomHost(options: { preferredPort?: number } = {}): RoomHost {
  return new RoomHost({
    listen: listenHttp,
    networkInterfaces: () => networkInterfaces(),
    random: (n) => new Uint8Array(randomBytes(n)),
    now: () => Date.now(),
    preferredPort: options.preferredPort ?? ROOM_PORT,
  });
}
