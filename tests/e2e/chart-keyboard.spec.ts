/**
 * A chart is one named stop in the Tab order: Recharts' keyboard layer (role "application") is
 * named by the chart's title, and Tab goes from it straight to the next control, not through the
 * chart's drawing layers.
 */
import { expect, test } from './fixtures';
import { PrioritisationPage } from './pages/prioritisation-page';
import { RISKS } from '../../src/core/sample/riverbend-data';

test('a chart is named by its title, and Tab leaves it for the next control', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.results();
  const chart = page.getByRole('application', { name: 'Dots per candidate risk, round 1, highest first' });
  await expect(chart).toBeVisible();
  await chart.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: `Priority: ${RISKS[0]!.title}` })).toBeFocused();
});
