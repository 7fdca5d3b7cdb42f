// `npm start` / `npm run dev` (--dev). Builds, then runs the desktop app in Electron when its
// binary is present, otherwise in "browser mode": the built renderer served on 127.0.0.1 and
// opened in Chromium's app mode. Flags: --dev (Vite dev server / electron-vite dev),
// --no-open (serve and print the URL only, for headless checks).
//
// Browser mode keeps the port and the browser profile FIXED between runs: IndexedDB belongs to
// one origin (host + port) in one profile, so changing either would make saved plans vanish.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { electronBinaryStatus } from './electron-binary.mjs';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 47831;
/** The dev server gets its own port (and so its own IndexedDB) so dev data never mixes with real plans. */
export const DEFAULT_DEV_PORT = 47832;
/** A browser that exits this fast handed the URL to an already running window: keep serving. */
export const HANDOFF_MS = 3000;

export function parseStartArgs(argv) {
  const unknown = argv.filter((a) => a !== '--dev' && a !== '--no-open');
  return { dev: argv.includes('--dev'), open: !argv.includes('--no-open'), unknown };
}

/** { port } or { error } from CSWB_PORT, else the fixed default. */
export function resolvePort(env, { dev = false } = {}) {
  const raw = env.CSWB_PORT;
  if (raw === undefined || raw === '') return { port: dev ? DEFAULT_DEV_PORT : DEFAULT_PORT };
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `CSWB_PORT must be a port number from 1 to 65535 (got "${raw}").` };
  return { port };
}

/** Electron when its binary exists, else browser mode with the reason. */
export function chooseStartMode(status) {
  return status.available && status.path
    ? { mode: 'electron', binary: status.path }
    : { mode: 'browser', reason: status.reason ?? 'Electron binary not available' };
}

/** How to launch Electron: the binary on the project, or electron-vite dev pointed at the binary. */
export function electronCommand({ dev, binary, electronViteBin, isRoot = false }) {
  // Chromium refuses to run as root without --no-sandbox (containers, CI); never otherwise.
  const rootArgs = isRoot ? ['--no-sandbox'] : [];
  if (dev) return { command: process.execPath, args: [electronViteBin, 'dev', ...(isRoot ? ['--noSandbox'] : [])], env: { ELECTRON_EXEC_PATH: binary } };
  return { command: binary, args: ['.', ...rootArgs], env: {} };
}

/** Where browser mode's Chromium profile (and so the user's plans in IndexedDB) lives. */
export function browserProfileDir({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  if (env.CSWB_BROWSER_PROFILE) return env.CSWB_BROWSER_PROFILE;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'CSWB Workshop', 'browser-profile');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'CSWB Workshop', 'browser-profile');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'cswb-workshop', 'browser-profile');
}

/** Linux needs X11 or Wayland to show a window; macOS and Windows always have a desktop. */
export function hasDisplay({ platform = process.platform, env = process.env } = {}) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function chromiumArgs({ url, profileDir, isRoot = false, platform = process.platform }) {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // No keyring prompt on Linux desktops: the app stores no passwords.
    ...(platform === 'linux' ? ['--password-store=basic'] : []),
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

/** Whether to open a browser window, or why we only print the URL. */
export function browserLaunchDecision({ open, chromium, display }) {
  if (!open) return { launch: false, reason: 'started with --no-open' };
  if (!chromium) return { launch: false, reason: CHROMIUM_HELP };
  if (!display) return { launch: false, reason: 'no display found (DISPLAY and WAYLAND_DISPLAY are unset)' };
  return { launch: true, chromium };
}

const isRoot = () => process.getuid?.() === 0;
const binOf = (pkg, bin) => join(resolve(createRequire(join(PROJECT_ROOT, 'package.json')).resolve(`${pkg}/package.json`), '..'), bin);

function build() {
  console.log('Building CSWB Workshop...');
  // Warnings and errors only: a start should print one line about the mode, not a build log.
  const args = [binOf('electron-vite', 'bin/electron-vite.js'), 'build', '--logLevel', 'warn'];
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Build failed; see the errors above.');
    process.exit(result.status ?? 1);
  }
}

function runElectron(dev, binary) {
  const { command, args, env } = electronCommand({ dev, binary, electronViteBin: binOf('electron-vite', 'bin/electron-vite.js'), isRoot: isRoot() });
  const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

/** Starts the static server (or Vite in --dev); returns { url, close } or exits 1 when the port is busy. */
async function serve(dev, port) {
  try {
    if (dev) {
      const { createServer } = await import('vite');
      const { attachRoomControl } = await import('./room-host.mjs');
      const room = await attachRoomControl({ port });
      // configureServer middlewares run before Vite's own (whose 404 would answer POST /room/control).
      const roomPlugin = { name: 'cswb-room-control', configureServer: (s) => void (room && s.middlewares.use((req, res, next) => void room.handle(req, res).then((handled) => handled || next()))) };
      const server = await createServer({
        configFile: join(PROJECT_ROOT, 'vite.renderer.config.ts'),
        plugins: [roomPlugin],
        server: { host: '127.0.0.1', port, strictPort: true },
      });
      await server.listen();
      return { url: `http://127.0.0.1:${port}/`, close: async () => (await room?.dispose(), await server.close()) };
    }
    const { startRendererServer } = await import('./serve-renderer.mjs');
    return await startRendererServer({ root: join(PROJECT_ROOT, 'out', 'renderer'), port, host: '127.0.0.1', room: true });
  } catch (error) {
    if (error?.code === 'EADDRINUSE' || /already in use/i.test(String(error?.message))) {
      console.error(
        `Port ${port} on 127.0.0.1 is already in use: CSWB Workshop may already be running (open http://127.0.0.1:${port}/), ` +
          'or another program holds it. Stop it, or set CSWB_PORT to another port (your plans are stored per port).',
      );
      process.exit(1);
    }
    throw error;
  }
}

async function runBrowserMode(dev, open, reason) {
  console.log(`Electron not available: ${reason}. Starting browser mode.`);
  const port = resolvePort(process.env, { dev });
  if (port.error) {
    console.error(port.error);
    process.exit(1);
  }
  const server = await serve(dev, port.port);
  let browser = null;
  const stop = async (code = 0) => {
    if (browser && browser.exitCode === null) browser.kill('SIGTERM');
    setTimeout(() => process.exit(code), 2000).unref(); // never hang on a lingering connection
    server.server?.closeAllConnections?.(); // keep-alive sockets would hold close() open for seconds
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const decision = browserLaunchDecision({ open, chromium: findChromium(), display: hasDisplay() });
  if (!decision.launch) {
    console.log(`CSWB Workshop is running at ${server.url} (${decision.reason}). Open it in Chrome, Chromium or Edge; press Ctrl+C to stop.`);
    return;
  }
  const profileDir = browserProfileDir();
  mkdirSync(profileDir, { recursive: true });
  console.log(`CSWB Workshop is running at ${server.url}; opening it in ${decision.chromium}. Press Ctrl+C to stop.`);
  const startedAt = Date.now();
  browser = spawn(decision.chromium, chromiumArgs({ url: server.url, profileDir, isRoot: isRoot() }), { stdio: 'ignore' });
  browser.on('error', (error) => console.error(`Could not start the browser (${error.message}); open ${server.url} yourself.`));
  browser.on('exit', () => {
    if (Date.now() - startedAt < HANDOFF_MS) {
      console.log(`The browser handed the page to a window that was already open; still serving ${server.url}. Press Ctrl+C to stop.`);
      return;
    }
    void stop();
  });
}

async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  if (args.unknown.length) console.warn(`Ignoring unknown option(s): ${args.unknown.join(' ')} (known: --dev, --no-open)`);
  build();
  const mode = chooseStartMode(electronBinaryStatus());
  if (mode.mode === 'electron') runElectron(args.dev, mode.binary);
  else await runBrowserMode(args.dev, args.open, mode.reason);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error?.stack ?? String(error));
    process.exit(1);
  });
}
