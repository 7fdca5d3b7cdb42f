import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs';
import { summarizeInstallFailure } from '../../scripts/fetch-electron.mjs';
import {
  browserLaunchDecision,
  browserProfileDir,
  chooseStartMode,
  chromiumArgs,
  DEFAULT_DEV_PORT,
  DEFAULT_PORT,
  electronCommand,
  hasDisplay,
  parseStartArgs,
  resolvePort,
} from '../../scripts/start.mjs';

describe('start: arguments and port', () => {
  it('parses --dev and --no-open and reports unknown flags', () => {
    expect(parseStartArgs([])).toEqual({ dev: false, open: true, unknown: [] });
    expect(parseStartArgs(['--dev', '--no-open', '--wat'])).toEqual({ dev: true, open: false, unknown: ['--wat'] });
  });

  it('uses a fixed port (IndexedDB is per origin) unless CSWB_PORT says otherwise', () => {
    expect(resolvePort({})).toEqual({ port: DEFAULT_PORT });
    expect(resolvePort({}, { dev: true })).toEqual({ port: DEFAULT_DEV_PORT });
    expect(DEFAULT_PORT).toBe(47831);
    expect(resolvePort({ CSWB_PORT: '5000' })).toEqual({ port: 5000 });
    expect(resolvePort({ CSWB_PORT: '' })).toEqual({ port: DEFAULT_PORT });
  });

  it.each(['abc', '0', '70000', '80.5', '-1'])('rejects CSWB_PORT=%s', (raw) => {
    expect(resolvePort({ CSWB_PORT: raw }).error).toContain('CSWB_PORT');
  });
});

describe('start: mode', () => {
  it('runs Electron when the binary is available', () => {
    expect(chooseStartMode({ available: true, path: '/e/electron' })).toEqual({ mode: 'electron', binary: '/e/electron' });
  });

  it('falls back to browser mode with the reason', () => {
    expect(chooseStartMode({ available: false, reason: 'no binary' })).toEqual({ mode: 'browser', reason: 'no binary' });
    expect(chooseStartMode({ available: true })).toMatchObject({ mode: 'browser' });
  });

  it('runs electron on the project, or electron-vite dev pointed at the binary', () => {
    expect(electronCommand({ dev: false, binary: '/e/electron', electronViteBin: '/ev.js' })).toEqual({ command: '/e/electron', args: ['.'], env: {} });
    expect(electronCommand({ dev: false, binary: '/e/electron', electronViteBin: '/ev.js', isRoot: true }).args).toEqual(['.', '--no-sandbox']);
    const dev = electronCommand({ dev: true, binary: '/e/electron', electronViteBin: '/ev.js' });
    expect(dev).toEqual({ command: process.execPath, args: ['/ev.js', 'dev'], env: { ELECTRON_EXEC_PATH: '/e/electron' } });
  });
});

describe('start: browser mode', () => {
  it('keeps a persistent profile in the platform data folder', () => {
    expect(browserProfileDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.local/share/cswb-workshop/browser-profile');
    expect(browserProfileDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data' }, home: '/home/ana' })).toBe('/data/cswb-workshop/browser-profile');
    expect(browserProfileDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/CSWB Workshop/browser-profile');
    expect(browserProfileDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:/Users/ana/AppData/Local' }, home: 'C:/Users/ana' })).toContain('CSWB Workshop');
    expect(browserProfileDir({ platform: 'linux', env: { CSWB_BROWSER_PROFILE: '/tmp/p' }, home: '/h' })).toBe('/tmp/p');
  });

  it('needs a display on Linux only', () => {
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false);
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(hasDisplay({ platform: 'darwin', env: {} })).toBe(true);
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true);
  });

  it('opens Chromium in app mode with a quiet, persistent profile', () => {
    const args = chromiumArgs({ url: 'http://127.0.0.1:47831/', profileDir: '/p', platform: 'linux' });
    expect(args).toEqual(
      expect.arrayContaining([
        '--app=http://127.0.0.1:47831/',
        '--user-data-dir=/p',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    );
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs({ url: 'u', profileDir: '/p', isRoot: true })).toContain('--no-sandbox');
    expect(chromiumArgs({ url: 'u', profileDir: '/p', platform: 'darwin' })).not.toContain('--password-store=basic');
  });

  it('launches only with a browser, a display and without --no-open', () => {
    expect(browserLaunchDecision({ open: true, chromium: '/usr/bin/chromium', display: true })).toEqual({ launch: true, chromium: '/usr/bin/chromium' });
    expect(browserLaunchDecision({ open: false, chromium: '/usr/bin/chromium', display: true })).toMatchObject({ launch: false, reason: expect.stringContaining('--no-open') });
    expect(browserLaunchDecision({ open: true, chromium: null, display: true })).toMatchObject({ launch: false, reason: expect.stringContaining('Chromium') });
    expect(browserLaunchDecision({ open: true, chromium: '/usr/bin/chromium', display: false })).toMatchObject({ launch: false, reason: expect.stringContaining('display') });
  });
});

describe('electronBinaryStatus', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cswb-electron-'));
    await writeFile(join(dir, 'package.json'), '{"name":"fixture","type":"module"}');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fakeElectronPackage = async (withBinary: boolean) => {
    const pkg = join(dir, 'node_modules', 'electron');
    await mkdir(join(pkg, 'dist'), { recursive: true });
    await writeFile(join(pkg, 'package.json'), '{"name":"electron","version":"45.4.1","main":"index.js"}');
    // If our code ever required index.js, this would throw and the test would fail.
    await writeFile(join(pkg, 'index.js'), 'throw new Error("index.js must not run: it downloads");');
    await writeFile(join(pkg, 'path.txt'), 'electron');
    if (withBinary) await writeFile(join(pkg, 'dist', 'electron'), '');
    return pkg;
  };

  it('finds the downloaded binary without running electron/index.js', async () => {
    const pkg = await fakeElectronPackage(true);
    expect(electronBinaryStatus({ env: {}, projectRoot: dir })).toEqual({ available: true, path: join(pkg, 'dist', 'electron') });
  });

  it('explains a package without its binary', async () => {
    await fakeElectronPackage(false);
    const status = electronBinaryStatus({ env: {}, projectRoot: dir });
    expect(status.available).toBe(false);
    expect(status.reason).toMatch(/binary is missing/);
  });

  it('explains a missing path.txt (download never ran) and a missing package', async () => {
    expect(electronBinaryStatus({ env: {}, projectRoot: dir }).reason).toMatch(/not installed/);
    const pkg = await fakeElectronPackage(false);
    await rm(join(pkg, 'path.txt'));
    expect(electronBinaryStatus({ env: {}, projectRoot: dir }).reason).toMatch(/never downloaded/);
  });

  it('honours ELECTRON_EXEC_PATH first', async () => {
    const binary = join(dir, 'my-electron');
    await writeFile(binary, '');
    expect(electronBinaryStatus({ env: { ELECTRON_EXEC_PATH: binary }, projectRoot: dir })).toEqual({ available: true, path: binary });
    expect(electronBinaryStatus({ env: { ELECTRON_EXEC_PATH: join(dir, 'nope') }, projectRoot: dir })).toMatchObject({
      available: false,
      reason: expect.stringContaining('ELECTRON_EXEC_PATH'),
    });
  });

  it('gives a one-line reason', () => {
    const status = electronBinaryStatus({ env: {}, projectRoot: dir });
    expect(status.reason).not.toContain('\n');
  });
});

describe('fetch-electron failure summary', () => {
  it('keeps the first meaningful line of install.js output', () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download';
    expect(summarizeInstallFailure({ stderr, code: 1 })).toBe('no network: fetch failed');
    expect(summarizeInstallFailure({ stderr: 'RequestError: getaddrinfo ENOTFOUND github.com\n  at x', code: 1 })).toBe('getaddrinfo ENOTFOUND github.com');
  });

  it('reports timeouts and silent failures', () => {
    expect(summarizeInstallFailure({ timedOut: true })).toMatch(/timed out after 120 s/);
    expect(summarizeInstallFailure({ stderr: '', code: 3 })).toBe('install.js exited with code 3');
  });
});
