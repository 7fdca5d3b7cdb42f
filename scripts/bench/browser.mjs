// Chromium, contexts and pages for the benchmark. Every page gets the paint probe (probe.mjs)
// before its own scripts run. Labels come from the English message catalogues, so the benchmark
// finds the app's controls by the names users see and keeps working when wording changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installProbe } from './probe.mjs';

/* global document */

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * --expose-gc lets pages collect garbage between timed runs; --enable-precise-memory-info keeps
 * heap figures exact. Chromium runs headless, as in the end-to-end tests.
 */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright');
  return chromium.launch({
    executablePath,
    args: ['--disable-dev-shm-usage', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

export async function newBenchContext(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-CA' });
  await context.addInitScript(installProbe);
  return context;
}

/**
 * The paint after the screen stopped changing, on the page's clock (see probe.mjs). `ready` is a
 * self-contained function of `arg` run in the page (its source is sent, so it cannot use
 * anything from this module): the screen only counts as done once it returns true. Nothing polls
 * the page while the measured work runs; Playwright's locators would, and on a page with 5,000
 * cards their scans would take more time than the work measured.
 */
export function settled(page, { since = 0, quietMs = 200, timeoutMs = 60_000 } = {}, ready = null, arg = null) {
  const options = JSON.stringify({ since, quietMs, timeoutMs });
  const check = ready ? `() => (${ready.toString()})(${JSON.stringify(arg)})` : 'null';
  return page.evaluate(`window.__benchProbe.settled(${options}, ${check})`);
}

/** In the page: true when a button named `name` is there (start-up is done). */
export function hasButton(name) {
  return [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === name);
}

/** In the page: true when the list labelled `list` has an item containing `text` (any item when null). */
export function listHasItem({ list, text }) {
  const named = (e) =>
    e.getAttribute('aria-label') === list ||
    (e.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim() === list);
  const element = [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find(named);
  if (!element) return false;
  if (text === null) return element.querySelector('li') !== null;
  for (const li of element.children) if (li.textContent.includes(text)) return true;
  return false;
}

/** JavaScript heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

export function readLabels(root) {
  const read = (ns) => JSON.parse(readFileSync(join(root, 'resources/locales/en', `${ns}.json`), 'utf8'));
  return { workspace: read('workspace'), capture: read('capture'), results: read('results'), home: read('home') };
}

/** Runs `step`; when it fails, says which part of the app the benchmark could not drive, and where to fix it. */
export async function step(what, fn) {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${what}: ${message}`, { cause: error });
  }
}
