/**
 * Page objects for presenting: the facilitator's presenter controls and the audience window (a
 * second page in the same browser context, so the BroadcastChannel between them is real).
 * Finds by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { encodePlanFile } from '@core/plan-file';
import { defaultRecordContext } from '@core/records';
import type { PlanSnapshot } from '@core/model';

/** Private details the room must never receive; planted in the plan file the tests open. */
export const PRIVATE = {
  contactName: 'Dana Private-Contact',
  contactEmail: 'dana.private@riverbend.example',
  partnerNote: 'Chief prefers not to be quoted',
  sessionNote: 'Councillor asked to keep the overdose numbers confidential',
  decisionNote: 'Decided after a heated debate',
  participantName: 'Alex Private-Person',
  responseResources: 'Budget line 4471: 40,000 dollars',
  outcomeResponsibility: 'Sam Private-Coordinator',
} as const;

export const PLAN_NAME = 'Riverbend presenting test';

/** The Riverbend sample with dot results and scores not yet revealed, and private details filled in. */
export function riverbendForPresenting(): PlanSnapshot {
  const sample = buildRiverbendSample(defaultRecordContext);
  return {
    ...sample,
    plan: {
      ...sample.plan,
      name: PLAN_NAME,
      voting: { ...sample.plan.voting, revealed: false },
      scoring: { ...sample.plan.scoring, revealed: false },
    },
    partners: sample.partners.map((p, i) => (i === 0 ? { ...p, contactName: PRIVATE.contactName, contactEmail: PRIVATE.contactEmail, notes: PRIVATE.partnerNote } : p)),
    participants: sample.participants.map((p, i) => (i === 0 ? { ...p, name: PRIVATE.participantName } : p)),
    sessions: sample.sessions.map((s) => ({ ...s, notes: PRIVATE.sessionNote })),
    risks: sample.risks.map((r) => (r.priorityDecision ? { ...r, priorityDecision: { ...r.priorityDecision, note: PRIVATE.decisionNote } } : r)),
    responses: sample.responses.map((r) => ({ ...r, resources: PRIVATE.responseResources })),
    outcomes: sample.outcomes.map((o) => ({ ...o, responsibility: PRIVATE.outcomeResponsibility })),
  };
}

export function writePlanFile(dir: string, snapshot: PlanSnapshot): string {
  const path = join(dir, 'riverbend-presenting.cswb');
  writeFileSync(path, encodePlanFile(snapshot, { savedAt: new Date().toISOString(), appVersion: '0.1.0' }));
  return path;
}

// Page-side scripts, as source text: this file is compiled for Node, without the DOM's types.
const TEXT_SMALLER_THAN = `(minPx) => {
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || '').trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const shown = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight);
    if (!shown || getComputedStyle(el).visibility === 'hidden') continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minPx) small.push(size.toFixed(1) + 'px: ' + text.slice(0, 60));
  }
  return small;
}`;

const OVERFLOW = `(() => {
  const body = document.querySelector('.aud-body');
  return body ? { vertical: body.scrollHeight - body.clientHeight, horizontal: body.scrollWidth - body.clientWidth } : { vertical: 0, horizontal: 0 };
})()`;

/** The facilitator's window while presenting. */
export class PresenterPage {
  constructor(readonly page: Page) {}

  get controls(): Locator {
    return this.page.getByRole('region', { name: 'Presenter controls' });
  }

  /** Clicks Present; returns the audience window that opens, sized like a 720p projector. */
  async start(): Promise<AudienceWindow> {
    const popup = this.page.context().waitForEvent('page');
    await this.page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Present', exact: true }).click();
    const audience = new AudienceWindow(await popup);
    await audience.page.setViewportSize({ width: 1280, height: 720 });
    await expect(this.controls.getByRole('status').filter({ hasText: 'Audience view open' })).toBeVisible();
    return audience;
  }

  button(name: string | RegExp): Locator {
    return this.controls.getByRole('button', { name });
  }

  status(): Locator {
    return this.controls.locator('.presenter-status');
  }

  /** Opens the folded display settings (theme, text size, tone) and returns them. */
  async display(): Promise<Locator> {
    const panel = this.controls.getByRole('group', { name: 'Audience display' });
    if (!(await panel.isVisible())) await this.controls.getByText('Audience display', { exact: true }).click();
    await expect(panel).toBeVisible();
    return panel;
  }

  async goToStep(label: string): Promise<void> {
    await this.controls.getByLabel('Agenda step').selectOption({ label });
  }

  async spotlight(title: string | null): Promise<void> {
    const select = this.controls.getByLabel('Spotlight', { exact: true });
    await select.selectOption(title === null ? { label: 'All risks' } : { label: title });
  }

  /** Presses a presenter key with the focus on nothing in particular (not in a field). */
  async press(key: string): Promise<void> {
    await this.page.evaluate('document.activeElement && document.activeElement.blur()');
    await this.page.keyboard.press(key);
  }
}

/** The audience window: what the room sees. */
export class AudienceWindow {
  constructor(readonly page: Page) {}

  get screen(): Locator {
    return this.page.locator('[data-screen]');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectShowing(kind: string, heading?: string | RegExp): Promise<void> {
    await expect(this.screen).toHaveAttribute('data-screen', kind);
    if (heading !== undefined) await expect(this.heading()).toHaveText(heading);
  }

  /** Everything the page holds, hidden or not (the DOM, not only what is visible). */
  async domText(): Promise<string> {
    return this.page.content();
  }

  /** Text nodes shown on screen whose computed font size is below `min` pixels. */
  async textSmallerThan(min: number): Promise<string[]> {
    return (await this.page.evaluate(`(${TEXT_SMALLER_THAN})(${min})`)) as string[];
  }

  /** How far the layout's content is taller or wider than the screen (it would be cut off). */
  async overflows(): Promise<{ vertical: number; horizontal: number }> {
    return (await this.page.evaluate(OVERFLOW)) as { vertical: number; horizontal: number };
  }
}
