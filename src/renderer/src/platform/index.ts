/** Picks the platform implementation once: Electron when the preload bridge is there, else browser. */
import type { DesktopBridge } from '@shared/ipc-contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

declare global {
  interface Window {
    cswbDesktop?: DesktopBridge;
  }
}

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

export const platform: Platform = window.cswbDesktop
  ? createElectronPlatform(window.cswbDesktop)
  : createBrowserPlatform(APP_VERSION);

export type { Platform } from './types';
