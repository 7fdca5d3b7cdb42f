/**
 * Page objects for room participation: the facilitator's room panel, and a participant's phone
 * page (each phone is its own browser context, so its own storage, like a real phone).
 */
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export class RoomPanel {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Room participation' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: /^Room: / }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Turns participation on, on loopback (phones in the tests are pages on this machine). */
  async start(session?: string): Promise<{ url: string; joinUrl: string; code: string }> {
    const dialog = this.dialog();
    if (session) await dialog.getByLabel('Session').selectOption({ label: session });
    await dialog.getByLabel('Network phones use').selectOption({ label: 'This computer only: 127.0.0.1 (to try it out)' });
    await dialog.getByRole('button', { name: 'Turn on room participation' }).click();
    const url = (await dialog.locator('.room-url').textContent()) ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const code = ((await dialog.locator('.room-code').textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expect(dialog.getByRole('img', { name: `QR code that opens ${url}` })).toBeVisible();
    return { url, joinUrl: `${url}#code=${code}`, code };
  }

  async setOpen(name: string, on: boolean): Promise<void> {
    const box = this.dialog().getByRole('group', { name: 'Open to participants' }).getByRole('checkbox', { name });
    await box.setChecked(on);
    await expect(box).toBeChecked({ checked: on });
    await expect(box).toBeEnabled(); // the change reached the room
  }

  participants(): Locator {
    return this.dialog().getByRole('table', { name: 'Participants who joined from a phone' });
  }

  async remove(name: string): Promise<void> {
    await this.participants().getByRole('button', { name: `Remove ${name} from the room` }).click();
    await expect(this.participants().getByRole('row', { name: new RegExp(name) })).toContainText('Removed');
  }

  async stop(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Turn off room participation' }).click();
    await expect(this.dialog().getByRole('button', { name: 'Turn on room participation' })).toBeVisible();
  }
}

export class PhonePage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /**
   * A phone: a small viewport and its own storage; script errors are collected in `errors`.
   * `paused`: the page's timers do not run (no background refresh), so what it shows stays as it
   * was, like a phone whose screen was not refreshed yet; `refresh()` runs them.
   */
  static async open(browser: Browser, url: string, errors: string[], options: { paused?: boolean } = {}): Promise<PhonePage> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-CA', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${String(e)}`));
    if (options.paused) {
      await page.clock.install({ time: Date.now() });
      await page.clock.pauseAt(Date.now() + 1000); // an installed clock keeps ticking until paused
    }
    await page.goto(url);
    return new PhonePage(context, page);
  }

  /** Lets a paused phone's background refresh run once. */
  async refresh(): Promise<void> {
    await this.page.clock.runFor(5000);
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel('Join code').fill(code);
    await this.page.getByRole('button', { name: 'Next' }).click();
  }

  async join(profile: { name?: string; organisation?: string; sector?: string; anonymous?: boolean }): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'How should your input be listed?' })).toBeVisible();
    if (profile.anonymous) await this.page.getByLabel('Stay anonymous').check();
    if (profile.name) await this.page.getByLabel('Your name (optional)').fill(profile.name);
    if (profile.organisation) await this.page.getByLabel('Organisation you speak for').selectOption({ label: profile.organisation });
    if (profile.sector) await this.page.getByLabel('Or your sector').selectOption({ label: profile.sector });
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Leave' })).toBeVisible();
  }

  async sendCard(kind: string, text: string): Promise<void> {
    await this.page.getByRole('radio', { name: kind }).check();
    await this.page.getByRole('textbox', { name: 'Your input' }).fill(text);
    await this.page.getByRole('button', { name: 'Send' }).click();
  }

  myInput(): Locator {
    return this.page.getByRole('list', { name: 'What you sent' });
  }

  async addDot(risk: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add a dot to ${risk}` }).click();
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
