/**
 * Applies the guards of security.ts to the running app: every WebContents ever created is
 * hardened, the default session denies all permissions, and app:// serves the built renderer.
 */
import { readFile } from 'node:fs/promises';
import { app, protocol, session, shell, type WebContents } from 'electron';
import { APP_SCHEME, createAppProtocolHandler } from './app-protocol';
import { hardenSession, hardenWebContents, isAppUrl } from './security';

export interface SecurityManagerOptions {
  /** Absolute path of out/renderer. */
  rendererRoot: string;
  /** The electron-vite dev server, in development only. */
  devServerUrl?: string;
  /** In test mode links are recorded (globalThis.__cswbExternalUrls) instead of opening a browser. */
  testMode: boolean;
}

export class SecurityManager {
  constructor(private readonly options: SecurityManagerOptions) {}

  /** Whether a URL (window location or IPC sender frame) is one of our pages. */
  readonly isAppUrl = (url: string): boolean => isAppUrl(url, this.options.devServerUrl);

  private readonly onWebContentsCreated = (_event: unknown, contents: WebContents): void => {
    hardenWebContents(contents, { openExternal: this.openExternal, isAppUrl: this.isAppUrl });
  };

  private readonly openExternal = (url: string): Promise<void> => {
    if (!this.options.testMode) return shell.openExternal(url);
    const store = globalThis as { __cswbExternalUrls?: string[] };
    (store.__cswbExternalUrls ??= []).push(url);
    return Promise.resolve();
  };

  /** Call once, after `app` is ready and before the first window is created. */
  initialize(): void {
    app.on('web-contents-created', this.onWebContentsCreated);
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: this.options.rendererRoot, readFile: (path) => readFile(path) }));
  }

  dispose(): void {
    app.off('web-contents-created', this.onWebContentsCreated);
    if (protocol.isProtocolHandled(APP_SCHEME)) protocol.unhandle(APP_SCHEME);
  }
}
