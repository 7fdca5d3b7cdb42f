import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, resolveAppPath } from '../../src/main/app-protocol';
import { CSP } from '../../src/main/csp';
import { CSP as BROWSER_MODE_CSP } from '../../scripts/serve-renderer.mjs';

const ROOT = '/srv/cswb/out/renderer';

describe('resolveAppPath', () => {
  it.each([
    ['app://cswb/', 'index.html'],
    ['app://cswb', 'index.html'],
    ['app://cswb/index.html', 'index.html'],
    ['app://cswb/index.html?x=1#/plan', 'index.html'],
    ['app://cswb/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://cswb/assets/Noto%20Sans.woff2', 'assets/Noto Sans.woff2'],
    ['APP://CSWB/index.html', 'index.html'],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, relative));
  });

  it.each([
    ['parent segment', 'app://cswb/../../etc/passwd'],
    ['parent inside', 'app://cswb/assets/../../secret'],
    ['encoded dots', 'app://cswb/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed encoded dots', 'app://cswb/.%2E/secret'],
    ['upper-case encoded dots', 'app://cswb/%2E%2E/secret'],
    ['single dot', 'app://cswb/./index.html'],
    ['encoded slash', 'app://cswb/assets%2f..%2f..%2fsecret'],
    ['backslash', 'app://cswb/..\\..\\secret'],
    ['encoded backslash', 'app://cswb/..%5c..%5csecret'],
    ['NUL', 'app://cswb/index.html%00.png'],
    ['raw NUL', 'app://cswb/index.html\u0000.png'],
    ['control character', 'app://cswb/a%0Ab'],
    ['absolute path', 'app://cswb//etc/passwd'],
    ['UNC', 'app://cswb//server/share/file'],
    ['drive letter', 'app://cswb/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://cswb/C%3A%5CWindows%5Cwin.ini'],
    ['trailing slash on a folder', 'app://cswb/assets/'],
    ['malformed escape', 'app://cswb/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['host prefix', 'app://cswb.evil/index.html'],
    ['credentials', 'app://cswb@evil/index.html'],
    ['port', 'app://cswb:80/index.html'],
    ['other scheme', 'file:///srv/cswb/out/renderer/index.html'],
    ['https', 'https://cswb/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('refuses a relative root', () => {
    expect(resolveAppPath('out/renderer', 'app://cswb/index.html')).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  let folder: string;
  let root: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cswb-protocol-'));
    root = join(folder, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>CSWB Workshop</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(folder, 'cswb-secret.txt'), 'secret'); // beside the root: must stay unreachable
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const handler = () => createAppProtocolHandler({ root, readFile: (path) => readFile(path) });

  it('serves index.html with the CSP header and a content type', async () => {
    const response = await handler()({ url: APP_ENTRY_URL });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('CSWB Workshop');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler()({ url: 'app://cswb/assets/app.js' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 400 for traversal, 404 for missing files, 405 for writes, all with the CSP', async () => {
    const traversal = await handler()({ url: 'app://cswb/%2e%2e/cswb-secret.txt' });
    expect(traversal.status).toBe(400);
    expect(await traversal.text()).not.toContain('secret');
    const missing = await handler()({ url: 'app://cswb/nope.js' });
    expect(missing.status).toBe(404);
    const post = await handler()({ url: APP_ENTRY_URL, method: 'POST' });
    expect(post.status).toBe(405);
    for (const response of [traversal, missing, post]) expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers 404 for a folder', async () => {
    const response = await handler()({ url: 'app://cswb/assets' });
    expect(response.status).toBe(404);
  });
});

describe('CSP', () => {
  it('is the same string in the Electron shell and in browser mode', () => {
    expect(CSP).toBe(BROWSER_MODE_CSP);
  });

  it('allows no remote or inline script and no framing', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toMatch(/https?:/);
  });
});
