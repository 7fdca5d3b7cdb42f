/** Page object for the whole app: one verb per thing a facilitator does. Finds by role and name. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export class AppPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'CSWB Workshop' })).toBeVisible();
  }

  /** From a fresh start, the Riverbend sample workshop open on its first stage. */
  async openSample(): Promise<void> {
    await this.goto();
    await this.page.getByRole('button', { name: 'Try the sample workshop' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  }

  async newPlan(name: string, municipality = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Plan name').fill(name);
    if (municipality) await dialog.getByLabel('Municipality or community').fill(municipality);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  }

  async goToStage(name: string, heading: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  async addPartner(name: string, sectorLabel: string): Promise<void> {
    // The partners stage has tabs (organisations, participants, sessions, coverage).
    await this.page.getByRole('tab', { name: /organisation/ }).click();
    const form = this.page.getByRole('form', { name: 'Add a partner organisation' });
    await form.getByLabel('Organisation name').fill(name);
    await form.getByLabel('Sector').selectOption({ label: sectorLabel });
    await form.getByLabel('Organisation name').press('Enter');
    await expect(this.page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  async addParticipant(name: string, organisation: string): Promise<void> {
    await this.page.getByRole('tab', { name: /participant/ }).click();
    const form = this.page.getByRole('form', { name: 'Add a participant' });
    await form.getByLabel("Person's name").fill(name);
    await form.getByLabel('Organisation').selectOption({ label: organisation });
    await form.getByRole('button', { name: 'Add participant' }).click();
    await expect(this.page.getByRole('table', { name: 'Participants' }).getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  /**
   * Keyboard only, from the text field: Alt+W picks who said it (type, Enter comes back to the
   * text), Alt+1..5 the kind, then type and Enter.
   */
  async captureCard(text: string, kindLabel: string, partner: string): Promise<void> {
    const digit = ['Risk', 'Challenge', 'Asset', 'Protective factor', 'Idea'].indexOf(kindLabel) + 1;
    expect(digit, `kind ${kindLabel}`).toBeGreaterThan(0);
    const form = this.page.getByRole('form', { name: 'Add an input card' });
    const field = form.getByLabel('What was said');
    await field.focus();
    await this.page.keyboard.press('Alt+w');
    await this.page.keyboard.type(partner);
    await this.page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await expect(form.getByRole('combobox', { name: 'From' })).toHaveValue(partner);
    await this.page.keyboard.press(`Alt+${digit}`);
    await expect(form.getByRole('radio', { name: kindLabel, exact: true })).toBeChecked();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await expect(this.page.getByRole('list', { name: 'Input cards' }).getByText(text, { exact: true })).toBeVisible();
  }

  async groupIntoRisk(title: string, cardTexts: string[]): Promise<void> {
    const ungrouped = this.page.getByRole('list', { name: 'Cards not grouped' });
    for (const text of cardTexts) await ungrouped.getByRole('checkbox', { name: text }).check();
    const form = this.page.getByRole('form', { name: 'New candidate risk' });
    await form.getByLabel('Name of the risk').fill(title);
    await form.getByRole('button', { name: /Create risk from/ }).click();
    const cards = this.page.getByRole('list', { name: `Cards of ${title}` });
    for (const text of cardTexts) await expect(cards.getByText(text, { exact: true })).toBeVisible();
  }

  dotsInput(participant: string, risk: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Dots from ${participant} on ${risk}` });
  }

  async vote(participant: string, risk: string, dots: number): Promise<void> {
    const input = this.dotsInput(participant, risk);
    await input.fill(String(dots));
    await expect(input).toHaveValue(String(dots));
  }

  async addResponse(risk: string, area: string, title: string, type: string, lead: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add a response: ${risk}, ${area}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `New response: ${risk}, ${area}` });
    await dialog.getByLabel('Response').fill(title);
    await dialog.getByLabel('Type').selectOption({ label: type });
    await dialog.getByLabel('Lead partner').selectOption({ label: lead });
    await dialog.getByRole('button', { name: 'Add response' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('cell', { name: `${risk}, ${area}` }).getByText(title)).toBeVisible();
  }

  /** Save As in browser mode downloads the plan file; returns its path and parsed JSON. */
  async saveAs(dir: string): Promise<{ path: string; json: PlanFileJson }> {
    const downloaded: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Save as…' }).click();
    const download = await downloaded;
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    await expect(this.page.getByText(`Saved to ${download.suggestedFilename()}`).first()).toBeVisible();
    return { path, json: JSON.parse(readFileSync(path, 'utf8')) as PlanFileJson };
  }

  async openFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open plan file…' }).click();
    await (await chooser).setFiles(path);
  }

  async closePlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close plan and go back to the list of plans' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'CSWB Workshop' })).toBeVisible();
  }
}

export interface PlanFileJson {
  format: string;
  formatVersion: number;
  savedAt: string;
  plan: { id: string; name: string } & Record<string, unknown>;
  records: Record<string, Array<{ id: string } & Record<string, unknown>>>;
}
