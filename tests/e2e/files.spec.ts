/**
 * Plan files in the app: the window title tracks unsaved changes, damaged files are repaired
 * with a report or refused without touching the plans already in the app, a plan already on
 * this computer asks before it is replaced, and work is recovered explicitly after a crash.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/chromium.mjs';
import { disableFileSystemAccess, expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'plan-files');
const SHOTS = process.env.SHOTS_DIR;

test('the window title shows the plan and unsaved changes; saving clears the mark', async ({ app, page, tmp }) => {
  await app.goto();
  await expect(page).toHaveTitle('CSWB Workshop');
  await app.newPlan('Riverbend review');
  await expect(page).toHaveTitle('Riverbend review — CSWB Workshop');
  await app.addPartner('Riverbend Food Bank', 'Community and social services');
  await expect(page).toHaveTitle('• Riverbend review — CSWB Workshop');
  await expect(page.getByText('Unsaved changes (kept on this computer)')).toBeVisible();
  await app.saveAs(tmp);
  await expect(page).toHaveTitle('Riverbend review — CSWB Workshop');
  await expect(page.getByText('Saved to riverbend-review.cswb', { exact: true }).first()).toBeVisible();
});

test('a damaged file opens repaired, and the report says what was repaired where', async ({ app, page }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.openFile(join(CORPUS, 'dangling-references.cswb'));
  const report = page.getByRole('dialog', { name: '3 problems in the file were repaired' });
  await expect(report.getByRole('listitem')).toHaveText([
    'records.cards[0].sessionId pointed to a record that is not in the file; the link was removed.',
    'records.votes[0] could not be read and was left out.',
    'records.responses[0].supportingPartnerIds pointed to a record that is not in the file; the link was removed.',
  ]);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'files-repairs.png') });
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveText(['Riverbend General Hospital', 'Riverbend Police Service']);
});

test('refused files name what is wrong, and the plans in the app are untouched', async ({ app, page }) => {
  const files = new FilesPage(page);
  await app.goto();
  await app.newPlan('Keep me', 'Town of Riverbend');
  await app.addPartner('Riverbend Police Service', 'Police');
  await app.closePlan();
  const before = await page.getByRole('list').filter({ hasText: 'Keep me' }).innerText();
  const cases: [file: string, message: RegExp][] = [
    ['future-version.cswb', /saved by a newer version of CSWB Workshop \(format 99; this version reads up to 1\)\. Update the app to open it\./],
    ['truncated.cswb', /not valid JSON/],
    ['binary-junk.cswb', /not a CSWB plan file \(The file contains binary data, not text\.\)/],
    ['empty.cswb', /The file is empty\./],
    ['prototype-pollution.cswb', /forbidden key “__proto__” at records\.cards\[0\]/],
    ['deep-nesting.cswb', /nested more than 64 levels deep/],
    ['no-plan.cswb', /cannot be repaired: plan:/],
  ];
  for (const [file, message] of cases) {
    await files.openFile(join(CORPUS, file));
    const dialog = files.openFailedDialog();
    await expect(dialog).toContainText(file);
    await expect(dialog).toContainText(message);
    await expect(dialog).toContainText('Nothing in the app was changed.');
    if (SHOTS && file === 'future-version.cswb') await page.screenshot({ path: join(SHOTS, 'files-too-new.png') });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'CSWB Workshop' })).toBeVisible();
  expect(await page.getByRole('list').filter({ hasText: 'Keep me' }).innerText()).toBe(before);
  await page.getByRole('link', { name: /Keep me/ }).click();
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveText(['Riverbend Police Service']);
});

test('opening a plan that is already in the app asks: replace it, or open a copy', async ({ app, page }) => {
  const files = new FilesPage(page);
  await app.goto();
  await files.openFile(join(CORPUS, 'valid.cswb'));
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await app.addPartner('Added here', 'Police');
  await app.closePlan();
  await files.openFile(join(CORPUS, 'valid.cswb'));
  const ask = page.getByRole('dialog', { name: 'This plan is already on this computer' });
  await expect(ask).toContainText('The version in the app has changes that are not saved to a file. Replacing it loses them.');
  await ask.getByRole('button', { name: 'Open as a copy' }).click();
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveText(['Riverbend General Hospital', 'Riverbend Police Service']);
  await app.closePlan();
  // Both are on the home screen: the copy and the one with the partner added here.
  await expect(page.getByRole('link', { name: /Riverbend review/ })).toHaveCount(2);
});

/** A browser with its own profile folder, so it can be killed and started again on the same data. */
async function launchProfile(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    args: ['--disable-dev-shm-usage'],
    baseURL,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await disableFileSystemAccess(page);
  return { context, page, errors };
}

/** Kills the browser of that profile at once (SIGKILL: no unload, no shutdown), like a power cut. */
function killProfileBrowser(profile: string): void {
  const pids = execFileSync('pgrep', ['-f', '--', `user-data-dir=${profile}`], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
}

test('after a crash, the app says the work is safe and offers to save it', async ({ tmp }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = String(testInfo.project.use.baseURL);
  const profile = mkdtempSync(join(tmpdir(), 'cswb-crash-profile-'));

  const first = await launchProfile(profile, baseURL);
  const app = new AppPage(first.page);
  await app.goto();
  await app.newPlan('Crash test');
  await app.addPartner('Riverbend Housing Corporation', 'Housing and homelessness');
  await expect(first.page).toHaveTitle('• Crash test — CSWB Workshop');
  killProfileBrowser(profile);
  await first.context.close().catch(() => undefined);

  const second = await launchProfile(profile, baseURL);
  const page = second.page;
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Your work was recovered' });
  await expect(dialog).toContainText('did not close normally last time. Nothing was lost');
  const item = dialog.getByRole('listitem').filter({ hasText: 'Crash test' });
  await expect(item).toContainText('never saved to a file');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'files-recovery.png') });

  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Save Crash test to a file' }).click();
  const file = await download;
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { plan: { name: string }; records: { partners: { name: string }[] } };
  expect(saved.plan.name).toBe('Crash test');
  expect(saved.records.partners.map((p) => p.name)).toEqual(['Riverbend Housing Corporation']);
  await expect(item).toContainText('saved now');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('link', { name: /Crash test/ })).not.toContainText('unsaved changes');

  // A normal reload is not a crash: no recovery dialog, even with unsaved changes.
  await page.getByRole('link', { name: /Crash test/ }).click();
  await new AppPage(page).addPartner('Riverbend Food Bank', 'Community and social services');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Your work was recovered' })).toHaveCount(0);
  await second.context.close();
  expect([...first.errors, ...second.errors]).toEqual([]);
});
