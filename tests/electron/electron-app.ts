/**
 * Launching the built app (out/) in the real Electron for the specs in this folder, each with a
 * throwaway (or given) user-data folder. Without the Electron binary the specs skip, and the
 * reason is printed once (the list reporter does not show skip reasons).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const status = electronBinaryStatus();
if (!status.available && !process.env.TEST_WORKER_INDEX) {
  console.log(`[electron tests skipped] Electron binary not available: ${status.reason}`);
}

export const skipReason = `Electron binary not available: ${status.reason}`;

/** Starts the app in test mode on `userData` and waits for its first window. */
export async function launchApp(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!existsSync(join(PROJECT_ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build:app` first.');
  const app = await electron.launch({
    executablePath: status.path,
    args: [PROJECT_ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: PROJECT_ROOT,
    env: { ...process.env, CSWB_TEST: '1', CSWB_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
  });
  return { app, page: await app.firstWindow() };
}
