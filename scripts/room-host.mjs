// Browser mode's room participation: the launcher (scripts/start.mjs, scripts/serve-renderer.mjs)
// answers the facilitator page's `POST /room/control` on the app's own loopback origin, and runs
// the phones' server while participation is on.
//
// The room server is TypeScript (src/room-server, using the pure rules of src/core/room); the
// launcher is plain Node, so it imports the build of it that electron-vite's main build emits next
// to the Electron entry: out/main/room-server.js (`npm start` and the tests build first).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Where the built room server is (or null when the app was not built yet). */
export function builtRoomServer(projectRoot = PROJECT_ROOT) {
  const file = join(projectRoot, 'out', 'main', 'room-server.js');
  return existsSync(file) ? file : null;
}

/**
 * Creates the room host and its control handler for an app served on `host:port`.
 * Returns { handle(req, res): Promise<boolean>, dispose(): Promise<void> }, or null (with a
 * warning) when the build is missing: the page then reports room participation as unavailable.
 */
export async function attachRoomControl({ port, host = '127.0.0.1', projectRoot = PROJECT_ROOT, log = console }) {
  const file = builtRoomServer(projectRoot);
  if (!file) {
    log.warn('Room participation is unavailable: out/main/room-server.js is missing (run `npx electron-vite build`).');
    return null;
  }
  const { createNodeRoomHost, createControlHandler } = await import(pathToFileURL(file).href);
  const roomHost = createNodeRoomHost();
  const handle = createControlHandler(roomHost, { allowedHosts: [`${host}:${port}`, `localhost:${port}`] });
  return { handle, dispose: () => roomHost.stop() };
}
