// Is there an Electron binary we can run? Used by `npm start`, the postinstall fetch and the
// Playwright `_electron` tests (which skip with this reason when there is none).
//
// We resolve the electron package with createRequire but do NOT execute require('electron'):
// its index.js starts a download when the binary is missing, which would hang or spam here.
// Instead we repeat its lookup (path.txt + dist/, ELECTRON_OVERRIDE_DIST_PATH).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/**
 * @param {{ env?: Record<string, string | undefined>, projectRoot?: string }} [options]
 * @returns {{ available: boolean, path?: string, reason?: string }}
 */
export function electronBinaryStatus({ env = process.env, projectRoot = PROJECT_ROOT } = {}) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { available: true, path: env.ELECTRON_EXEC_PATH }
      : { available: false, reason: `ELECTRON_EXEC_PATH points to a missing file: ${env.ELECTRON_EXEC_PATH}` };
  }
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron package is not installed, run npm install' };
  }
  let relative;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = '';
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path)
      ? { available: true, path }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary: ${path}` };
  }
  if (!relative) {
    return { available: false, reason: 'the Electron binary was never downloaded, node_modules/electron/path.txt is missing' };
  }
  const path = join(packageDir, 'dist', relative);
  return existsSync(path)
    ? { available: true, path }
    : { available: false, reason: `the Electron binary is missing: ${path}` };
}
