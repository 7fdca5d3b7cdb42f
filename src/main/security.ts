/**
 * Guards that keep the renderer inside the app: what may be opened externally, which URLs count
 * as "the app", and the handlers that lock a WebContents and its session down.
 *
 * Every side effect (opening a browser, the Electron objects themselves) is passed in, so these
 * are plain functions tested in Node with hostile inputs (tests/main/security.test.ts).
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

const MAX_EXTERNAL_URL_LENGTH = 2048;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

/** True only for well-formed http(s) URLs with a host and no embedded credentials. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // The URL parser silently strips or rewrites these; refuse instead of guessing what was meant.
  if (CONTROL_OR_SPACE.test(url) || url.includes('\\')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (!/^https?:\/\/[^/]/i.test(url)) return false; // "http:evil" or "http:///x" are not links a person wrote
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return false;
  return true;
}

/**
 * True when `url` is a page of this app: `app://cswb/...`, or, in development only, the origin
 * of the electron-vite dev server (pass its URL; never pass it in a packaged app).
 */
export function isAppUrl(url: unknown, devServerUrl?: string): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (!devServerUrl) return false;
  let dev: URL;
  try {
    dev = new URL(devServerUrl);
  } catch {
    return false;
  }
  return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin;
}

/** The slice of Electron's WebContents the hardening touches (a fake implements it in tests). */
export interface HardenableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { url: string; preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface HardenOptions {
  /** Opens a URL in the user's browser (`shell.openExternal`); only called with safe URLs. */
  openExternal(url: string): unknown;
  /** Which URLs the window may navigate to. Defaults to the packaged app only. */
  isAppUrl?: (url: string) => boolean;
}

/**
 * Locks one WebContents: no new windows (safe links go to the user's browser instead), no
 * navigation or redirect away from the app, no <webview>.
 */
export function hardenWebContents(contents: HardenableWebContents, options: HardenOptions): void {
  const allowed = options.isAppUrl ?? ((url: string) => isAppUrl(url));
  const openOutside = (url: string): void => {
    if (!isSafeExternalUrl(url)) return;
    // A failed browser launch must not crash main; there is nothing useful to tell the page.
    Promise.resolve()
      .then(() => options.openExternal(url))
      .catch(() => undefined);
  };

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (allowed(event.url)) return;
    event.preventDefault();
    openOutside(event.url); // a plain <a href="https://..."> click: show it in the browser
  });
  contents.on('will-redirect', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The slice of Electron's Session whose permission handlers we replace. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * Denies every permission (camera, notifications, geolocation, clipboard read...). The app
 * needs none; if one is ever needed, add it here on purpose with a test.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
