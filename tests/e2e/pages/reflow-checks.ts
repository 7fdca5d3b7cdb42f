/**
 * In-page checks for narrow windows and 200% zoom (WCAG 1.4.10 reflow, 2.4.7 focus visible,
 * 2.3.3 animation from interactions). Each runs in the page as a script string (this project's
 * Node type check has no DOM types) and returns readable problems: an empty list means it holds.
 */
import type { Page } from '@playwright/test';

/** Everything a keyboard or pointer can operate, as the user sees it. */
const CONTROLS = `a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])`;

/** "button “Add card”": how a problem names an element. */
const DESCRIBE = `(el) => {
  const name = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.getAttribute('placeholder') || el.id || '';
  return el.tagName.toLowerCase() + ' “' + name.trim().replace(/\\s+/g, ' ').slice(0, 50) + '”';
}`;

/**
 * Whether the page scrolls sideways, and for every visible control: scrolled to the top and to
 * the bottom of the window in turn (as keyboard focus or a screen reader would bring it), it lies
 * whole inside the window and nothing covers its middle (a fixed or sticky bar, say). A control
 * inside a scroll region is scrolled there too, so a wide table that scrolls in its own region
 * passes; the page itself must not.
 */
const REFLOW = `(() => {
  const describe = ${DESCRIBE};
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px');
  const vw = root.clientWidth, vh = innerHeight;
  for (const control of document.querySelectorAll(${JSON.stringify(CONTROLS)})) {
    if (!control.checkVisibility({ visibilityProperty: true })) continue;
    let el = control;
    const box = el.getBoundingClientRect();
    // A visually hidden input (custom radio, checkbox) is operated through its label.
    if (box.width < 2 || box.height < 2) {
      el = control.labels && control.labels[0];
      if (!el) continue;
    }
    for (const block of ['start', 'end']) {
      el.scrollIntoView({ block, inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const where = describe(control) + ' (scrolled to the ' + block + ')';
      if (r.left < -1 || r.right > vw + 1) { problems.push(where + ': sticks out of the window, ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px'); break; }
      const x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1), y = Math.min(Math.max(r.top + Math.min(r.height, vh) / 2, 0), vh - 1);
      const hit = document.elementFromPoint(x, y);
      const labels = control.labels ? [...control.labels] : [];
      if (!hit || !(el.contains(hit) || control.contains(hit) || labels.some((l) => l.contains(hit)))) {
        problems.push(where + ': covered by ' + (hit ? describe(hit) + ' .' + [...hit.classList].join('.') : 'nothing (clipped)'));
        break;
      }
    }
  }
  scrollTo(0, 0);
  return problems;
})()`;

/** The stage heading is on the first screen, whole, and not cut off. */
const HEADING = `(() => {
  scrollTo(0, 0);
  const h = document.getElementById('stage-title');
  if (!h) return ['no stage heading'];
  const r = h.getBoundingClientRect();
  const problems = [];
  if (r.top < 0 || r.bottom > innerHeight) problems.push('the stage heading is off the first screen: ' + Math.round(r.top) + ' to ' + Math.round(r.bottom) + ' px');
  if (r.left < 0 || r.right > document.documentElement.clientWidth || h.scrollWidth > h.clientWidth + 1) problems.push('the stage heading is cut off');
  return problems;
})()`;

/**
 * The focused element shows a focus ring (its own, or its nearest box's through :focus-within)
 * and the ring is on screen, not clipped by a scrolling strip it sits in.
 */
const FOCUS_RING = `(async () => {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))); // scrolling that follows focus
  const describe = ${DESCRIBE};
  const el = document.activeElement;
  if (!el || el === document.body) return ['nothing has focus'];
  let ringOwner = null, ring = 0;
  for (let node = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const s = getComputedStyle(node);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) { ringOwner = node; ring = parseFloat(s.outlineWidth) + Math.max(0, parseFloat(s.outlineOffset)); break; }
    if (s.boxShadow !== 'none') { ringOwner = node; ring = 3; break; }
  }
  if (!ringOwner) return [describe(el) + ': no visible focus ring'];
  const r = ringOwner.getBoundingClientRect();
  const outer = { left: r.left - ring, right: r.right + ring, top: r.top - ring, bottom: r.bottom + ring };
  const problems = [];
  const fitsHeight = outer.bottom - outer.top <= innerHeight; // a whole document preview cannot be on screen at once
  if (outer.left < 0 || outer.right > document.documentElement.clientWidth || (fitsHeight && (outer.top < 0 || outer.bottom > innerHeight))) {
    problems.push(describe(el) + ': focus ring off screen');
  }
  for (let node = ringOwner.parentElement; node && node !== document.body; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const c = node.getBoundingClientRect();
    const left = c.left + node.clientLeft, top = c.top + node.clientTop;
    if (outer.left < left - 0.5 || outer.right > left + node.clientWidth + 0.5 || (fitsHeight && (outer.top < top - 0.5 || outer.bottom > top + node.clientHeight + 0.5))) {
      problems.push(describe(el) + ': focus ring clipped by ' + describe(node) + ' .' + [...node.classList].join('.'));
    }
    break;
  }
  return problems;
})()`;

/** Elements that move by themselves: running animations, and transitions longer than zero. */
const MOTION = `(() => {
  const moving = document.getAnimations().map((a) => 'animation ' + (a.animationName || a.transitionProperty || a.constructor.name));
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    const durations = (s.transitionDuration + ',' + s.animationDuration).split(',').map(parseFloat);
    if (durations.some((d) => d > 0)) moving.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ': transition ' + s.transitionDuration + ', animation ' + s.animationName + ' ' + s.animationDuration);
  }
  return moving;
})()`;

export const reflowProblems = async (page: Page): Promise<string[]> => (await page.evaluate(REFLOW)) as string[];
export const headingProblems = async (page: Page): Promise<string[]> => (await page.evaluate(HEADING)) as string[];
export const focusRingProblems = async (page: Page): Promise<string[]> => (await page.evaluate(FOCUS_RING)) as string[];
export const movingElements = async (page: Page): Promise<string[]> => (await page.evaluate(MOTION)) as string[];
