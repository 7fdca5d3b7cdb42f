/**
 * Page object for partner input: the partners stage tabs, capture, grouping into risks and the
 * survey import. Finds everything by role and accessible name, as a screen reader would.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';

export const CSV_DIR = resolve(import.meta.dirname, '../fixtures/csv');
export const KIND_DIGIT: Record<string, number> = { Risk: 1, Challenge: 2, Asset: 3, 'Protective factor': 4, Idea: 5 };

export class CapturePage {
  constructor(readonly page: Page) {}

  // Partners stage

  async openTab(name: RegExp): Promise<void> {
    const tab = this.page.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Keyboard only: type the name, Tab to the sector list and type its label, Tab to the button, Enter. */
  async addPartnerByKeyboard(name: string, sectorLabel: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a partner organisation' });
    await form.getByLabel('Organisation name').focus();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    // Type-ahead in the list; stop before a typographic apostrophe, which is no key on the keyboard.
    await this.page.keyboard.type(sectorLabel.split('’')[0]!);
    await expect(form.getByLabel('Sector').locator('option:checked')).toHaveText(sectorLabel);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
    await expect(this.partnersTable().getByRole('rowheader', { name, exact: true })).toBeVisible();
    await expect(form.getByLabel('Organisation name')).toBeFocused();
  }

  partnersTable(): Locator {
    return this.page.getByRole('table', { name: 'Partner organisations' });
  }

  coverageBanner(): Locator {
    return this.page.getByRole('status', { name: 'Gaps in who is at the table' });
  }

  /** Opens a partner's dialog and ticks the given seats and groups. */
  async setSeatsAndGroups(partner: string, labels: string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Edit partner ${partner}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Partner: ${partner}` });
    for (const label of labels) await dialog.getByRole('checkbox', { name: label, exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  // Capture stage

  captureForm(): Locator {
    return this.page.getByRole('form', { name: 'Add an input card' });
  }

  cardList(): Locator {
    return this.page.getByRole('list', { name: 'Input cards' });
  }

  /** Keyboard only, tags included: Alt+T, type the start of each tag label, Enter; Enter on the empty box comes back. */
  async captureWithTags(text: string, kind: string, from: string, tags: string[]): Promise<void> {
    const field = this.captureForm().getByLabel('What was said');
    await field.focus();
    await this.page.keyboard.press('Alt+w');
    await this.page.keyboard.type(from);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press(`Alt+${KIND_DIGIT[kind]}`);
    await this.page.keyboard.type(text);
    if (tags.length) {
      await this.page.keyboard.press('Alt+t');
      for (const tag of tags) {
        await this.page.keyboard.type(tag);
        await expect(this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(tag)}`) }).first()).toBeVisible();
        await this.page.keyboard.press('Enter');
      }
      await this.page.keyboard.press('Enter');
      await expect(field).toBeFocused();
    }
    await this.page.keyboard.press('Enter');
    await expect(field).toHaveValue('');
    await expect(this.cardList().getByText(text, { exact: true })).toBeVisible();
  }

  card(text: string): Locator {
    return this.cardList().getByRole('listitem').filter({ has: this.page.getByText(text, { exact: true }) });
  }

  // Grouping stage

  ungrouped(): Locator {
    return this.page.getByRole('list', { name: 'Cards not grouped' });
  }

  riskCards(title: string): Locator {
    return this.page.getByRole('list', { name: `Cards of ${title}` });
  }

  checkbox(text: string): Locator {
    return this.page.getByRole('checkbox', { name: text });
  }

  handle(text: string): Locator {
    return this.page.getByRole('button', { name: `Drag card: ${text}` });
  }

  /** Mouse drag with the small moves dnd-kit needs to start and to find the target. */
  async dragWithMouse(cardText: string, target: Locator): Promise<void> {
    const handle = this.handle(cardText);
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
    await target.scrollIntoViewIfNeeded();
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 30), { steps: 8 });
    await this.page.mouse.up();
  }

  // Survey import

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a pre-workshop survey' });
  }

  async openImport(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
    const dialog = this.importDialog();
    await dialog.getByLabel('Survey file (CSV)').setInputFiles(file.startsWith('/') ? file : resolve(CSV_DIR, file));
    return dialog;
  }

  /** Imports a file into a session (or none), returns after the success message. */
  async importFile(file: string, count: number, session?: string): Promise<void> {
    const dialog = await this.openImport(file);
    if (session) await dialog.getByRole('combobox', { name: /^Import into session/ }).selectOption({ label: session });
    await dialog.getByRole('button', { name: `Import ${count} card${count === 1 ? '' : 's'}` }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(new RegExp(`^Imported ${count} card`)).first()).toBeVisible();
  }

  // Undo / redo from the keyboard, outside text fields.

  async pressOutsideFields(keys: string): Promise<void> {
    await this.page.locator('h1').click();
    await this.page.keyboard.press(keys);
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
