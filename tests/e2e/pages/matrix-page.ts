/**
 * Page object for the matrix, profiles, outcomes and action plan screens. Finds by role and
 * accessible name; drags with the real mouse and with the keyboard (dnd-kit), never by calling
 * the app's functions.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { encodePlanFile } from '@core/plan-file';
import { defaultRecordContext } from '@core/records';

/** The Riverbend sample with its priorities and assets but no responses or outcomes yet, as a plan file. */
export function writeRiverbendWithoutResponses(dir: string): string {
  const sample = buildRiverbendSample(defaultRecordContext);
  const snapshot = { ...sample, plan: { ...sample.plan, name: 'Riverbend matrix workshop' }, responses: [], outcomes: [] };
  const path = join(dir, 'riverbend-matrix.cswb');
  writeFileSync(path, encodePlanFile(snapshot, { savedAt: new Date().toISOString(), appVersion: '0.1.0' }));
  return path;
}

export class MatrixPage {
  constructor(readonly page: Page) {}

  cell(risk: string, area: string): Locator {
    return this.page.getByRole('cell', { name: `${risk}, ${area}`, exact: true });
  }

  response(title: string): Locator {
    return this.page.getByRole('button', { name: `Edit response: ${title}`, exact: true });
  }

  gapCells(): Locator {
    return this.page.locator('td.gap');
  }

  gapSummary(): Locator {
    return this.page.locator('.gap-summary');
  }

  asset(text: string): Locator {
    return this.page.getByRole('list', { name: 'Assets not in the matrix' }).getByRole('listitem').filter({ hasText: text });
  }

  async openView(name: 'Matrix' | 'Balance' | 'Who leads and supports'): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** Mouse drag from a handle to the middle of a cell, in small steps as a person would. */
  async dragTo(handle: Locator, risk: string, area: string): Promise<void> {
    const target = this.cell(risk, area);
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await expect(target).toHaveClass(/drop-over/);
    await this.page.mouse.up();
  }

  async dragAssetTo(text: string, risk: string, area: string): Promise<void> {
    await this.dragTo(this.asset(text).getByRole('button', { name: /^Drag asset/ }), risk, area);
    await expect(this.cell(risk, area).getByText(text, { exact: true })).toBeVisible();
  }

  /** The keyboard alternative to dragging an asset: the Place… dialog. */
  async placeAsset(text: string, area: string, expectPriority: string): Promise<void> {
    await this.asset(text).getByRole('button', { name: `Place… make a response from the asset: ${text}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Make a response from an asset' });
    await expect(dialog.getByLabel('Priority risk')).toHaveValue(await optionValue(dialog.getByLabel('Priority risk'), expectPriority));
    await dialog.getByRole('radio', { name: area, exact: true }).check();
    await dialog.getByRole('button', { name: 'Add to the matrix' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.cell(expectPriority, area).getByText(text, { exact: true })).toBeVisible();
  }

  /**
   * Keyboard drag (dnd-kit): Space picks the response up, arrow keys go cell by cell, Space drops.
   * Waits for each spoken announcement so no key press is lost.
   */
  async moveByKeyboard(title: string, keys: string[], risk: string, area: string): Promise<void> {
    await this.pickUpByKeyboard(title);
    // One cell per key, as a screen-reader user moves: wait for each move to be announced before
    // the next key (matrix-keyboard.spec.ts presses them without waiting).
    const live = this.page.locator('[id^="DndLiveRegion"]');
    for (const key of keys) {
      const before = (await live.textContent()) ?? '';
      await this.page.keyboard.press(key);
      await expect(live).not.toHaveText(before);
    }
    await expect(this.page.getByText(`“${title}” is over ${risk}, ${area}.`)).toBeAttached();
    await this.page.keyboard.press('Space');
    await expect(this.cell(risk, area).getByText(title, { exact: true })).toBeVisible();
  }

  /** Focus a response's drag handle and press Space: the response is lifted. */
  async pickUpByKeyboard(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Move “${title}”` }).focus();
    await this.page.keyboard.press('Space');
    // The pick-up is announced, then at once replaced by "is over <its cell>": wait for the lifted item.
    await expect(this.page.locator('.drag-preview')).toHaveText(title);
  }

  async editResponse(title: string, fill: (dialog: Locator) => Promise<void>): Promise<void> {
    await this.response(title).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit response: ${title}` });
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
  }
}

async function optionValue(select: Locator, label: string): Promise<string> {
  return select.locator('option', { hasText: label }).first().getAttribute('value').then((v) => v ?? '');
}
