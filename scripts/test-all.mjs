// `npm test`: every check the project has, in order, each counted from its runner's own report,
// ending with one line "N passed, N failed, N skipped". Runs all stages even when one fails, so a
// single run shows everything that is wrong; exits 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { electronBinaryStatus } from './electron-binary.mjs';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, npm_config_loglevel: 'error', FORCE_COLOR: '0' };

const results = [];
function record(stage, passed, failed, skipped = 0, note = '') {
  results.push({ stage, passed, failed, skipped, note });
}

function run(cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return r.status === 0;
}

function ensureChromium() {
  if (findChromium() && existsSync('/usr/bin/pdftotext')) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian packages for the browser tests: chromium, fonts-liberation, fonts-dejavu-core, poppler-utils...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation', 'fonts-dejavu-core', 'poppler-utils'], { stdio: 'inherit' });
    if (findChromium()) return true;
  }
  if (findChromium()) {
    console.warn('pdftotext not found (Debian: apt-get install poppler-utils): the PDF export test will fail.');
    return true;
  }
  console.error(CHROMIUM_HELP);
  return false;
}

/** Counts from a Vitest JSON report (assertion results). */
function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A test file that failed to load has no assertion results: count it as a failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles, skipped };
}

/** Counts from a Playwright JSON report. */
function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

const lintOk = run(bin('eslint'), ['--max-warnings', '0', '.']);
record('lint', lintOk ? 1 : 0, lintOk ? 0 : 1);

const tcNode = run(bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
record('typecheck (node side)', tcNode ? 1 : 0, tcNode ? 0 : 1);
const tcWeb = run(bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
record('typecheck (web side)', tcWeb ? 1 : 0, tcWeb ? 0 : 1);

const buildOk = run(bin('electron-vite'), ['build']);
record('build (main, preload, renderer)', buildOk ? 1 : 0, buildOk ? 0 : 1);

if (buildOk && existsSync(join(root, 'scripts', 'room-load.mjs'))) {
  // Room participation under load, bounded and on loopback: nothing accepted may be lost.
  const ok = run(process.execPath, [join(root, 'scripts', 'room-load.mjs'), '--tiny']);
  record('room load script (tiny, loopback)', ok ? 1 : 0, ok ? 0 : 1);
}

const haveChromium = ensureChromium();

for (const project of ['node', 'browser']) {
  if (project === 'browser' && !haveChromium) {
    record(`vitest ${project}`, 0, 1, 0, 'no Chromium');
    continue;
  }
  const out = join(reports, `vitest-${project}.json`);
  run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const c = vitestCounts(out);
  if (c) record(`vitest ${project}`, c.passed, c.failed, c.skipped);
  else record(`vitest ${project}`, 0, 1, 0, 'runner crashed before reporting');
}

if (haveChromium && buildOk) {
  const electron = electronBinaryStatus();
  if (!electron.available) console.log(`\nElectron end-to-end tests will be skipped: ${electron.reason}`);
  const out = join(reports, 'playwright.json');
  run(bin('playwright'), ['test'], { PW_JSON_OUTPUT: out, CI: process.env.CI ?? '1' });
  const c = playwrightCounts(out);
  if (c) record('playwright (browser mode + electron)', c.passed, c.failed, c.skipped, electron.available ? '' : 'electron tests skipped: no binary');
  else record('playwright', 0, 1, 0, 'runner crashed before reporting');
} else {
  record('playwright', 0, 1, 0, haveChromium ? 'build failed' : 'no Chromium');
}

if (existsSync(join(root, 'scripts', 'bench.mjs'))) {
  const ok = run(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--tiny']);
  record('benchmark script (tiny size, no timing asserted)', ok ? 1 : 0, ok ? 0 : 1);
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.stage}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.note ? ` (${r.note})` : ''}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
