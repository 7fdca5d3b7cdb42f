/**
 * End-to-end fixtures: the built renderer in Chromium against real IndexedDB. Every test gets a
 * fresh browser context, so a fresh, empty database. The File System Access API is switched off
 * so saving goes through downloads and opening through a file chooser, which Playwright drives
 * (it cannot answer Chromium's native save picker). Console errors fail the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';

export const test = base.extend<{ app: AppPage; tmp: string; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  app: async ({ page, consoleErrors: _ }, use) => {
    await disableFileSystemAccess(page);
    await use(new AppPage(page));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from this pattern.
  tmp: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'cswb-e2e-')));
  },
});

export async function disableFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Runs in the page: remove the pickers from the window and its prototype.
    const w = globalThis as unknown as Record<string, unknown> & { constructor: { prototype: Record<string, unknown> } };
    for (const target of [w, w.constructor.prototype]) {
      delete target.showOpenFilePicker;
      delete target.showSaveFilePicker;
    }
  });
}

export { expect };
