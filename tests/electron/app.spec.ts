/**
 * The real desktop shell: launches the built app (out/) in Electron with a throwaway user-data
 * folder and checks that the page is isolated from Node and cannot escape the app.
 *
 * Needs the Electron binary. Without it every test is skipped and the reason printed once (the
 * list reporter does not show skip reasons). Build first: `npm run build:app`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DesktopBridge } from '@shared/ipc-contract';
import { launchApp, skipReason, status } from './electron-app';

/**
 * What the page's global object looks like to these tests. tsconfig.node.json has no DOM lib,
 * and page.evaluate callbacks cannot capture helpers, so each callback casts globalThis.
 */
interface PageGlobals {
  require?: unknown;
  process?: unknown;
  module?: unknown;
  cswbDesktop: DesktopBridge;
  open(url: string): unknown;
  location: { href: string };
  navigator: { permissions: { query(descriptor: { name: string }): Promise<{ state: string }> } };
}

/** Every method of the bridge, checked against the contract so a new method updates this list. */
const BRIDGE_METHODS: Record<keyof DesktopBridge, true> = {
  appInfo: true,
  setLanguage: true,
  openFile: true,
  openPath: true,
  save: true,
  saveAs: true,
  exportFile: true,
  recentFiles: true,
  clearRecent: true,
  setTitle: true,
  printToPdf: true,
  openAudienceWindow: true,
  closeAudienceWindow: true,
  relayPresenterMessage: true,
  onPresenterMessage: true,
  onMenuCommand: true,
  roomControl: true,
};

test.describe('Electron shell', () => {
  test.skip(!status.available, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'cswb-e2e-'));
    ({ app, page } = await launchApp(userData));
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('shows the home screen from app://', async () => {
    await expect(page.getByRole('heading', { name: 'CSWB Workshop' }).first()).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/cswb\//);
  });

  test('uses the test user-data folder', async () => {
    const path = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(path).toBe(userData);
  });

  test('gives the page no Node: no require, no process', async () => {
    const globals = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return { require: typeof page.require, process: typeof page.process, module: typeof page.module };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('exposes exactly the bridge methods on window.cswbDesktop', async () => {
    const exposed = await page.evaluate(() => {
      const bridge = (globalThis as unknown as PageGlobals).cswbDesktop as unknown as Record<string, unknown>;
      return Object.keys(bridge).map((key) => [key, typeof bridge[key]]);
    });
    expect(exposed.map(([key]) => key).sort()).toEqual(Object.keys(BRIDGE_METHODS).sort());
    expect(exposed.every(([, type]) => type === 'function')).toBe(true);
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).cswbDesktop.appInfo());
    expect(info.shell).toBe('electron');
  });

  test('rejects invalid IPC payloads with a coded error', async () => {
    const message = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).cswbDesktop.openPath(42 as unknown as string).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(message).toContain('invalid-payload: ');
  });

  test('window.open returns null and opens no window; safe links go to the browser', async () => {
    const results = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return [page.open('https://example.org/') === null, page.open('file:///etc/passwd') === null];
    });
    expect(results).toEqual([true, true]);
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
    const opened = await app.evaluate(() => (globalThis as { __cswbExternalUrls?: string[] }).__cswbExternalUrls ?? []);
    expect(opened).toEqual(['https://example.org/']);
  });

  test('refuses to navigate away from the app', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.org/elsewhere';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    // The cancelled http(s) navigation went to the user's browser instead; file:// went nowhere.
    const opened = await app.evaluate(() => (globalThis as { __cswbExternalUrls?: string[] }).__cswbExternalUrls ?? []);
    expect(opened).toContain('https://example.org/elsewhere');
    expect(opened.some((url) => url.startsWith('file:'))).toBe(false);
  });

  test('runs the page isolated and sandboxed', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // Undocumented but present: the preferences the renderer actually got (not in electron.d.ts).
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      const p = contents.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webviewTag: p?.webviewTag };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  test('denies permission requests', async () => {
    const state = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state),
    );
    expect(state).toBe('denied');
  });
});
