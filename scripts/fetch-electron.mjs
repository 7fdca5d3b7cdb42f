// postinstall: fetch the Electron binary when it is missing, and never fail the install.
//
// package.json sets "allowScripts": { "electron": false } so electron's own postinstall (which
// exits 1 without network and rolls the whole install back) does not run. We run its install.js
// ourselves with a timeout; when that fails we print one line and carry on: `npm start` then
// uses browser mode.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronBinaryStatus } from './electron-binary.mjs';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const INSTALL_TIMEOUT_MS = 120_000;

/** One short reason from install.js's output: its first line that is not a stack frame. */
export function summarizeInstallFailure({ stderr = '', code = null, timedOut = false }) {
  if (timedOut) return `download timed out after ${INSTALL_TIMEOUT_MS / 1000} s`;
  const line = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at ') && !l.startsWith('Downloading'));
  let reason = line ? line.replace(/^(Type|Request|Http)?Error:\s*/, '') : `install.js exited with code ${code}`;
  if (reason === 'fetch failed') reason = 'no network: fetch failed'; // undici hides the cause
  return reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
}

/** Runs electron's install.js; resolves { ok, reason }. Never rejects. */
export function runElectronInstall({ projectRoot = PROJECT_ROOT, timeoutMs = INSTALL_TIMEOUT_MS } = {}) {
  return new Promise((done) => {
    let installJs;
    try {
      installJs = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json')), 'install.js');
    } catch {
      done({ ok: false, reason: 'the electron package is not installed' });
      return;
    }
    const child = spawn(process.execPath, [installJs], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code === 0 && !timedOut ? { ok: true } : { ok: false, reason: summarizeInstallFailure({ stderr, code, timedOut }) });
    });
  });
}

async function main() {
  if (electronBinaryStatus().available) return;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Electron binary not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set); npm start will use browser mode.');
    return;
  }
  const result = await runElectronInstall();
  const status = electronBinaryStatus();
  if (result.ok && status.available) console.log(`Electron binary installed (${status.path}).`);
  else console.log(`Electron binary not downloaded (${result.ok ? status.reason : result.reason}); npm start will use browser mode.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main()
    .catch((error) => console.log(`Electron binary not downloaded (${error?.message ?? error}); npm start will use browser mode.`))
    .finally(() => process.exit(0));
}
