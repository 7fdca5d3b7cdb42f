/**
 * Usable at 200% zoom (WCAG 1.4.4 resize text, 1.4.10 reflow): a 1280×800 window at 200% is a
 * 640×400 CSS-pixel viewport at device scale factor 2. Every stage of the sample workshop, in
 * English and in French: the page never scrolls sideways (a wide data table scrolls inside its
 * own labelled region), the stage heading is on the first screen, and every control can be
 * scrolled into view whole and uncovered. Then one real action per key screen, a keyboard pass
 * for visible focus on the narrow layout, and reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { WORKSHOP_STAGES, type WorkshopStage } from '@core/presentation/agenda';
import { expect, test } from './fixtures';
import { focusRingProblems, headingProblems, movingElements, reflowProblems } from './pages/reflow-checks';

test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

type Language = 'en' | 'fr';

/** The words of the interface, from the catalogues themselves (so the test follows them). */
function catalogue(language: Language, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'resources', 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}
const words = (language: Language) => {
  const workspace = catalogue(language, 'workspace') as { stages: string; stage: Record<WorkshopStage, string> };
  const home = catalogue(language, 'home') as { trySample: string };
  return { stages: workspace.stages, stage: workspace.stage, trySample: home.trySample };
};

async function openSample(page: Page, language: Language): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (language === 'fr') {
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  }
  await page.getByRole('button', { name: words(language).trySample }).click();
  await expect(page.locator('#stage-title')).toBeVisible();
}

async function goToStage(page: Page, language: Language, stage: WorkshopStage): Promise<void> {
  const link = page.getByRole('navigation', { name: words(language).stages }).getByRole('link', { name: words(language).stage[stage], exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('#stage-title')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0); // lazily loaded stage and its data
}

/** Serious and critical axe violations (WCAG 2.1 A and AA), as in accessibility.spec.ts: the narrow layout adds none. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const language of ['en', 'fr'] as const) {
  test.describe(`200% zoom, ${language}`, () => {
    for (const stage of WORKSHOP_STAGES) {
      test(`${stage}: reflows, heading on screen, every control reachable`, async ({ page, app: _ }) => {
        await openSample(page, language);
        await goToStage(page, language, stage);
        expect(await headingProblems(page)).toEqual([]);
        expect(await reflowProblems(page)).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('keyboard focus shows its ring, unclipped, along the stage strip and into a stage', async ({ page, app: _ }) => {
  test.setTimeout(120_000);
  await openSample(page, 'en');
  const nav = page.getByRole('navigation', { name: 'Workshop stages' });
  // Keyboard only from here: Tab to the first stage, then along the strip.
  await page.getByRole('heading', { level: 1 }).click();
  for (let i = 0; i < 30 && !(await nav.getByRole('link').first().evaluate((a) => a === a.ownerDocument.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  const problems: string[] = [];
  for (const stage of WORKSHOP_STAGES) {
    const link = nav.getByRole('link', { name: words('en').stage[stage], exact: true });
    await expect(link).toBeFocused();
    problems.push(...(await focusRingProblems(page)));
    await page.keyboard.press('Tab');
  }
  // Enter on the last stage opens it; then the first tab stops inside it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Publish and export' })).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    problems.push(...(await focusRingProblems(page)));
  }
  expect(problems).toEqual([]);
});

test('nothing moves by itself when the system asks for reduced motion', async ({ page, app: _ }) => {
  await openSample(page, 'en');
  await goToStage(page, 'en', 'risks');
  // The check sees motion where there is some: grouping boxes fade their background on hover.
  expect((await movingElements(page)).join('\n')).toContain('transition');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving: Record<string, string[]> = {};
  for (const stage of WORKSHOP_STAGES) {
    await goToStage(page, 'en', stage);
    const found = await movingElements(page);
    if (found.length) moving[stage] = found;
  }
  expect(moving).toEqual({});
});
