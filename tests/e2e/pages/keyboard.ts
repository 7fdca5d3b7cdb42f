/**
 * Keyboard-only driving: every helper here moves focus with Tab / Shift+Tab and acts with keys,
 * never with click(), fill() or focus(). Locators are only read (is this element the focused
 * one? what does it show?), the way a sighted keyboard user reads the screen.
 */
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

type Role = Parameters<Page['getByRole']>[0];

export interface TabOptions {
  /** Shift+Tab instead of Tab (the stage navigation sits above the stage). */
  back?: boolean;
  /** Key presses allowed before giving up. */
  max?: number;
  /** Look only inside this part of the page (a dialog, a form). */
  within?: Locator;
}

/** Describes an element in a few words, for failure messages (page-side source text). */
const DESCRIBE = `(el) => {
  if (!el || el === document.body) return '(nothing: body)';
  const name = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || '';
  return el.tagName.toLowerCase() + (el.getAttribute('role') ? '[role=' + el.getAttribute('role') + ']' : '') + ' "' + name.trim().replace(/\\s+/g, ' ').slice(0, 70) + '"';
}`;

/** Records where focus goes (one listener per document), so a failing tabTo can tell the path. */
const START_TRAIL = `(() => {
  const w = window;
  w.__focusTrail = [];
  if (w.__focusTrailOn) return;
  w.__focusTrailOn = true;
  const describe = ${DESCRIBE};
  document.addEventListener('focusin', (e) => w.__focusTrail.push(describe(e.target)), true);
})()`;

export async function describeFocus(page: Page): Promise<string> {
  return (await page.evaluate(`(${DESCRIBE})(document.activeElement)`)) as string;
}

/** Whether the focused element is one of the elements the locator finds. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === el.ownerDocument.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has this role and accessible name, and
 * fails with the trail of what got focus on the way. Reaching it also proves the focus order
 * gets there. A string name matches exactly; a RegExp as written.
 */
export async function tabTo(page: Page, role: Role, name: string | RegExp, options: TabOptions = {}): Promise<Locator> {
  const { back = false, max = 80, within } = options;
  const target = (within ?? page).getByRole(role, { name, exact: typeof name === 'string' });
  await page.evaluate(START_TRAIL);
  for (let presses = 0; ; presses++) {
    if (await isFocused(target)) return target;
    if (presses === max) {
      const trail = (await page.evaluate('window.__focusTrail')) as string[];
      throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach ${role} "${String(name)}" in ${max} presses. Focus went: ${trail.slice(-15).join(' → ')} (now on ${await describeFocus(page)})`);
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
}

/** Tabs to a control and presses a key on it (Enter for buttons and links, Space for checkboxes). */
export async function press(page: Page, key: string, role: Role, name: string | RegExp, options: TabOptions = {}): Promise<void> {
  await tabTo(page, role, name, options);
  await page.keyboard.press(key);
}

/**
 * The focused element, or the box drawn around it (a label, a chip, a card), shows a focus
 * indicator: an outline that is not `none`, or a box shadow. Checks up to two ancestors because
 * some controls draw the ring on their wrapper (`:focus-within`, `:has(:focus-visible)`).
 */
const FOCUS_INDICATOR = `(() => {
  let el = document.activeElement;
  for (let depth = 0; el && el !== document.body && depth < 3; depth++, el = el.parentElement) {
    const s = getComputedStyle(el);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' on ' + el.tagName.toLowerCase();
    if (s.boxShadow && s.boxShadow !== 'none') return 'box-shadow on ' + el.tagName.toLowerCase();
  }
  return null;
})()`;

export async function expectFocusVisible(page: Page, shotName?: string): Promise<void> {
  const indicator = (await page.evaluate(FOCUS_INDICATOR)) as string | null;
  expect(indicator, `a visible focus indicator on ${await describeFocus(page)}`).not.toBeNull();
  // SHOTS_DIR=<folder> keeps a picture of each checked focus ring, to look at by eye.
  if (shotName && process.env.SHOTS_DIR) await page.screenshot({ path: join(process.env.SHOTS_DIR, `focus-${shotName}.png`) });
}

/** Type-ahead in a focused, closed <select>: typing an option's start selects it. */
export async function typeAhead(page: Page, select: Locator, label: string): Promise<void> {
  // A typographic apostrophe is no key on the keyboard: type up to it.
  await page.keyboard.type(label.split('’')[0]!);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Shift+Tab up to a stage in the stage navigation, Enter, and wait for the stage's heading. */
export async function goToStage(page: Page, link: string, heading: string, navigation = 'Workshop stages'): Promise<void> {
  const nav = page.getByRole('navigation', { name: navigation, exact: true });
  await press(page, 'Enter', 'link', link, { back: true, within: nav });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}
