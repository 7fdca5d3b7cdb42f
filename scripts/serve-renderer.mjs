// Serves the built renderer (out/renderer) on 127.0.0.1: browser mode and the end-to-end tests.
// Static files only, loopback only; refuses paths that leave the root. Sends the same strict CSP
// as the Electron window so browser mode is held to the same rules.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Resolves a URL path inside root, or null when it would leave root. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const full = resolve(root, rel);
  const rootAbs = resolve(root);
  if (full !== rootAbs && !full.startsWith(rootAbs + sep)) return null;
  return full;
}

export async function startRendererServer({ root = 'out/renderer', port = 0, host = '127.0.0.1', room = false } = {}) {
  const rootAbs = resolve(root);
  let roomControl = null; // room participation's /room/control (scripts/room-host.mjs), when `room`
  const server = createServer(async (req, res) => {
    if (roomControl && (await roomControl.handle(req, res))) return;
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    let file = resolveInside(rootAbs, req.url ?? '/');
    if (!file) {
      res.writeHead(400, headers).end('Bad path');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Built assets carry a content hash in their name: the browser may keep them (and its
      // compiled code cache) forever; index.html is revalidated so a new build is picked up.
      const cache = file.includes(`${sep}assets${sep}`) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
      res.writeHead(200, { ...headers, ...cache, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  if (room) roomControl = await (await import('./room-host.mjs')).attachRoomControl({ port: address.port, host });
  const close = async () => {
    await roomControl?.dispose();
    await new Promise((ok) => server.close(() => ok()));
  };
  return { url, server, close };
}

// CLI: node scripts/serve-renderer.mjs [--port N] [--root DIR]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startRendererServer({ root: arg('--root', 'out/renderer'), port: Number(arg('--port', '0')), room: true });
  console.log(`Serving ${url}`);
}
