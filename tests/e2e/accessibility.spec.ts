/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA rules) on every screen of the app,
 * in English and in French: no serious or critical violation is allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STAGES = [
  'Partners',
  'Capture input',
  'Group into risks',
  'Dot voting',
  'Criteria scoring',
  'Results',
  'Response matrix',
  'Priority profiles',
  'Outcomes and measures',
  'Action plan',
  'Publish and export',
];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('home screen and new-plan dialog have no serious accessibility violations', async ({ app, page }) => {
  await app.goto();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every stage of the sample workshop has no serious accessibility violations', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openSample();
  const failures: Record<string, string[]> = {};
  for (const stage of STAGES) {
    await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: stage }).click();
    await expect(page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: stage })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('#stage-title')).toBeVisible();
    const found = await seriousViolations(page);
    if (found.length) failures[stage] = found;
  }
  expect(failures).toEqual({});
});

test('the French interface has no serious accessibility violations and declares its language', async ({ app, page }) => {
  await app.goto();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier SBEC' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Essayer l’atelier d’exemple' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires et participants' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires et participants' })).toBeVisible();
});
