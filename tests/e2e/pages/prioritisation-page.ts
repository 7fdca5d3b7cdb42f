/** Page object for prioritisation: dot voting, criteria scoring, results, charts and priorities. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppPage } from './app-page';

export class PrioritisationPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  async openSample(): Promise<void> {
    await this.app.openSample();
  }

  voting = () => this.app.goToStage('Dot voting', 'Dot voting');
  scoring = () => this.app.goToStage('Criteria scoring', 'Criteria scoring');
  results = () => this.app.goToStage('Results', 'Results');

  // Dot voting

  async clearBallot(participant: string): Promise<void> {
    await this.page.getByRole('button', { name: `Clear the ballot of ${participant}` }).click();
    await expect(this.page.getByRole('row', { name: new RegExp(`^${participant}`) })).toContainText('0 of');
  }

  ballotRow(participant: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: participant, exact: true }) });
  }

  // Results

  async tab(name: 'Dot vote' | 'Criteria scores' | 'Sector participation'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** Row header texts of a table, top to bottom. */
  rowHeaders(name: string): Locator {
    return this.table(name).getByRole('rowheader');
  }

  /** The value labels at the end of the bars of a chart, top to bottom (not the labels inside segments). */
  barValues(chartClass: string): Locator {
    return this.page.locator(`.${chartClass} .recharts-label-list text:not(.segment-label), .${chartClass} .bar-totals text`);
  }

  tickLabels(chartClass: string): Locator {
    return this.page.locator(`.${chartClass} .recharts-yAxis-tick-labels text`);
  }

  weight(criterion: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Weight of ${criterion}` });
  }

  // Scoring

  score(criterion: string, risk: string): Locator {
    return this.page.getByRole('textbox', { name: `${criterion} score for ${risk}` });
  }

  async chooseRater(name: string): Promise<void> {
    await this.page.getByRole('list', { name: 'Scoring progress by participant' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(this.page.getByRole('table', { name: `Scores from ${name}` })).toBeVisible();
  }

  // Charts

  /** Clicks a chart's export button and returns the downloaded file's name and bytes. */
  async exportChart(title: string, format: 'PNG' | 'SVG', dir: string): Promise<{ name: string; bytes: Buffer }> {
    const downloaded: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Export “${title}” as ${format}` }).click();
    const download = await downloaded;
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}
