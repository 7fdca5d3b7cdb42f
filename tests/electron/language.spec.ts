/**
 * The desktop shell speaks the interface's language: switching the page to French rebuilds the
 * application menu in French (app:setLanguage), main remembers it in settings.json, and the next
 * start opens with French menus. Needs the Electron binary (see electron-app.ts); skipped without.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { launchApp, skipReason, status } from './electron-app';

/** Top-level menu labels without their mnemonic ampersands ("&Fichier" -> "Fichier"). */
function topMenuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace(/&/g, '')) ?? []);
}

function menuItemLabel(app: ElectronApplication, id: string): Promise<string | undefined> {
  return app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.label, id);
}

const FRENCH_MENUS = ['Fichier', 'Édition', 'Affichage', 'Aide'];
const ENGLISH_MENUS = ['File', 'Edit', 'View', 'Help'];

test.describe('Electron menus follow the interface language', () => {
  test.skip(!status.available, skipReason);

  let userData: string;
  test.beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'cswb-e2e-lang-'));
  });
  test.afterEach(() => {
    rmSync(userData, { recursive: true, force: true });
  });

  test('switching to French rebuilds the menu in French, and the next start remembers it', async () => {
    let { app, page } = await launchApp(userData);
    try {
      await expect(page.getByRole('heading', { name: 'CSWB Workshop' }).first()).toBeVisible();
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect.poll(() => topMenuLabels(app)).toEqual(expect.arrayContaining(FRENCH_MENUS));
      expect(await topMenuLabels(app)).not.toEqual(expect.arrayContaining(['File']));
      expect(await menuItemLabel(app, 'plan.saveAs')).toBe('Enregistrer sous…');
      expect(await menuItemLabel(app, 'recent.none')).toBe('Aucun plan récent');
      expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toMatchObject({ language: 'fr' });
    } finally {
      await app.close();
    }

    ({ app, page } = await launchApp(userData));
    try {
      expect(await topMenuLabels(app)).toEqual(expect.arrayContaining(FRENCH_MENUS));
      await expect(page.getByRole('heading', { name: 'Atelier SBEC' }).first()).toBeVisible();
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => topMenuLabels(app)).toEqual(expect.arrayContaining(ENGLISH_MENUS));
      expect(await menuItemLabel(app, 'plan.saveAs')).toBe('Save As…');
    } finally {
      await app.close();
    }
  });
});
