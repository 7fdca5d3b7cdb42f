// Finds a Chromium for tests and browser mode. Order: CHROMIUM_PATH, Debian's chromium, Chrome.
// Playwright cannot download its own browsers on this machine kind, so we use the system one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Absolute path of a Chromium-family browser, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  'No Chromium found. On Debian/Ubuntu: apt-get install -y chromium fonts-liberation fonts-dejavu-core; ' +
  'elsewhere install Chrome or Chromium, or set CHROMIUM_PATH to its executable.';
