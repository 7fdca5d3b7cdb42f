/**
 * Runs the real main entry (src/main/index.ts) against a fake `electron` module, since the
 * Electron binary is not available everywhere: checks the start-up order and the wiring.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeSchemas } from '@shared/ipc-contract';

const fake = vi.hoisted(() => {
  const log: string[] = [];
  const state = {
    lock: true,
    ready: undefined as (() => void) | undefined,
    windows: [] as Array<{ options: Record<string, unknown>; url?: string; listeners: Map<string, unknown> }>,
    ipcChannels: [] as string[],
    appListeners: new Map<string, Array<(...args: unknown[]) => void>>(),
    permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
    paths: new Map<string, string>(),
    locale: 'en-CA',
    menu: undefined as Array<{ label?: string }> | undefined,
  };
  class BrowserWindow {
    readonly listeners = new Map<string, unknown>();
    readonly webContents = { send: () => undefined };
    constructor(readonly options: Record<string, unknown>) {
      log.push('new BrowserWindow');
      state.windows.push(this as never);
    }
    url?: string;
    on(event: string, listener: unknown) {
      this.listeners.set(event, listener);
      return this;
    }
    async loadURL(url: string) {
      this.url = url;
    }
    isDestroyed() {
      return false;
    }
  }
  const electron = {
    app: {
      exit: (code: number) => log.push(`app.exit ${code}`),
      quit: () => log.push('app.quit'),
      setPath: (name: string, value: string) => (state.paths.set(name, value), log.push(`setPath ${name} ${value}`)),
      getPath: (name: string) => state.paths.get(name) ?? `/fake/${name}`,
      getLocale: () => state.locale,
      getName: () => 'CSWB Workshop',
      getVersion: () => '0.1.0',
      isPackaged: false as boolean,
      isReady: () => false,
      requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), state.lock),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      on: (event: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      },
      off: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) => log.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme)}`),
      handle: (scheme: string) => log.push(`protocol.handle ${scheme}`),
      isProtocolHandled: () => true,
      unhandle: () => undefined,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => log.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
          state.permissionCheck = handler;
          log.push('setPermissionCheckHandler');
        },
      },
    },
    ipcMain: { handle: (channel: string) => state.ipcChannels.push(channel), removeHandler: () => undefined },
    Menu: {
      buildFromTemplate: (template: Array<{ label?: string }>) => template,
      setApplicationMenu: (menu: Array<{ label?: string }>) => {
        state.menu = menu;
        log.push('setApplicationMenu');
      },
    },
    BrowserWindow,
    dialog: {},
    shell: { openExternal: async () => undefined },
  };
  return { log, state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let userData: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  vi.resetModules();
  fake.log.length = 0;
  fake.state.lock = true;
  fake.state.ready = undefined;
  fake.state.windows.length = 0;
  fake.state.ipcChannels.length = 0;
  fake.state.appListeners.clear();
  fake.state.paths.clear();
  fake.state.locale = 'en-CA';
  fake.state.menu = undefined;
  fake.electron.app.isPackaged = false;
  userData = await mkdtemp(join(tmpdir(), 'cswb-main-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  process.env = { ...savedEnv };
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('main entry', () => {
  it('refuses to start in test mode without a user-data folder', async () => {
    process.env.CSWB_TEST = '1';
    delete process.env.CSWB_USER_DATA_DIR;
    await import('../../src/main/index');
    expect(fake.log).toEqual(['app.exit 1']);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('CSWB_USER_DATA_DIR'));
  });

  it('quits when another instance holds the lock', async () => {
    process.env.CSWB_TEST = '1';
    process.env.CSWB_USER_DATA_DIR = userData;
    fake.state.lock = false;
    await import('../../src/main/index');
    expect(fake.log).toEqual([`setPath userData ${userData}`, 'requestSingleInstanceLock', 'app.quit']);
  });

  it('sets userData before the lock, registers app:// before ready, then wires everything once ready', async () => {
    process.env.CSWB_TEST = '1';
    process.env.CSWB_USER_DATA_DIR = userData;
    delete process.env.ELECTRON_RENDERER_URL;
    await import('../../src/main/index');
    expect(fake.log).toEqual([`setPath userData ${userData}`, 'requestSingleInstanceLock', 'registerSchemesAsPrivileged app']);
    expect(fake.state.windows).toHaveLength(0);

    fake.state.ready!();
    await flush();
    expect(fake.log).toEqual(
      expect.arrayContaining(['setPermissionRequestHandler', 'setPermissionCheckHandler', 'protocol.handle app', 'setApplicationMenu', 'new BrowserWindow']),
    );
    expect(fake.log.indexOf('protocol.handle app')).toBeLessThan(fake.log.indexOf('new BrowserWindow'));
    expect(fake.state.permissionCheck!(null, 'geolocation')).toBe(false);
    expect([...fake.state.ipcChannels].sort()).toEqual(Object.keys(invokeSchemas).sort());
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
    for (const event of ['second-instance', 'window-all-closed', 'before-quit', 'will-quit', 'activate']) expect(fake.state.appListeners.has(event), event).toBe(true);

    const [win] = fake.state.windows;
    expect(win!.url).toBe('app://cswb/index.html');
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win!.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the dev server URL in an unpackaged app', async () => {
    process.env.CSWB_USER_DATA_DIR = userData;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await import('../../src/main/index');
    fake.state.ready!();
    await flush();
    expect(fake.state.windows[0]!.url).toBe('http://localhost:5173');
  });

  it('never loads the dev server URL in a packaged app', async () => {
    process.env.CSWB_USER_DATA_DIR = userData;
    process.env.ELECTRON_RENDERER_URL = 'http://evil.example:5173';
    fake.electron.app.isPackaged = true;
    await import('../../src/main/index');
    fake.state.ready!();
    await flush();
    expect(fake.state.windows[0]!.url).toBe('app://cswb/index.html');
  });

  it('treats an empty ELECTRON_RENDERER_URL as no dev server', async () => {
    process.env.CSWB_USER_DATA_DIR = userData;
    process.env.ELECTRON_RENDERER_URL = '';
    await import('../../src/main/index');
    fake.state.ready!();
    await flush();
    expect(fake.state.windows[0]!.url).toBe('app://cswb/index.html');
  });

  it('builds the first menu in the language remembered from the last run, before the page loads', async () => {
    process.env.CSWB_USER_DATA_DIR = userData;
    await writeFile(join(userData, 'settings.json'), JSON.stringify({ version: 1, language: 'fr' }));
    await import('../../src/main/index');
    fake.state.ready!();
    await flush();
    expect(fake.state.menu?.map((item) => item.label)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Aide']);
  });

  it('follows the system locale when no language is remembered', async () => {
    process.env.CSWB_USER_DATA_DIR = userData;
    fake.state.locale = 'fr-CA';
    await import('../../src/main/index');
    fake.state.ready!();
    await flush();
    expect(fake.state.menu?.[0]?.label).toBe('&Fichier');
  });
});
