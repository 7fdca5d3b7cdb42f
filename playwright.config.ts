import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4317);
// E2E_ROOT lets parallel work trees test their own build (default: the build of record).
const ROOT = process.env.E2E_ROOT ?? 'out/renderer';
const chromium = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser-mode',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromium, args: ['--disable-dev-shm-usage'] },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
  webServer: {
    command: `node scripts/serve-renderer.mjs --port ${PORT} --root ${ROOT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
