/**
 * The `app://cswb/` protocol that serves the built renderer (out/renderer) to the window.
 *
 * Why a protocol and not file://: a fixed, secure, standard origin gives IndexedDB a stable home,
 * lets us send a CSP header, and keeps the page from reading arbitrary local files. The path
 * resolver refuses anything that could leave the renderer folder instead of normalising it.
 */
import { extname, isAbsolute, join, relative } from 'node:path';
import { CSP } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cswb';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged`, which must run before `app` is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // codeCache: V8 keeps the compiled renderer between starts (needs `standard`; Electron 28+),
  // which a custom scheme does not get otherwise (docs/performance.md, start to interactive).
  privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, corsEnabled: false, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:]/;

/**
 * Maps `app://cswb/<path>` to an absolute file inside `root`, or null when the URL is not ours or
 * the path tries anything unusual: `..` or `.` segments (plain or percent-encoded), backslashes,
 * NUL and control characters, encoded slashes, drive letters, empty segments (`//` as in UNC).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (!isAbsolute(root)) return null;
  if (requestUrl.slice(0, APP_ORIGIN.length).toLowerCase() !== APP_ORIGIN) return null;
  const rest = requestUrl.slice(APP_ORIGIN.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return null; // app://cswb.evil/, app://cswb:80/, app://cswb@x/
  const rawPath = rest.split(/[?#]/, 1)[0] || '/';
  if (!rawPath.startsWith('/')) return null;
  if (rawPath === '/') return join(root, 'index.html');

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed escape such as %E0%A4%A
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const full = join(root, ...segments);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return full;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer folder. */
  root: string;
  readFile(path: string): Promise<Uint8Array>;
}

/** The handler given to `protocol.handle('app', ...)`: static files with the CSP header. */
export function createAppProtocolHandler(options: AppProtocolOptions) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    const headers: Record<string, string> = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405, headers });
    const file = resolveAppPath(options.root, request.url);
    if (!file) return new Response('Bad path', { status: 400, headers });
    let body: Uint8Array;
    try {
      body = await options.readFile(file);
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
    headers['Content-Type'] = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
