#!/usr/bin/env node
// cswb: the plan-file command line (docs/cli.md). Runs the bundle out/cli/cswb.mjs, which is
// built from src/cli and src/core by Vite. The bundle is (re)built here when it is missing or
// older than its sources, so `npx cswb` works straight after `npm install`, with plain node.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'cswb.mjs');
const SOURCES = ['src/cli', 'src/core', 'src/main/atomic-write.ts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function isStale() {
  if (!existsSync(bundle)) return true;
  // Without the sources (an installed copy), the bundle is what there is.
  if (!existsSync(join(root, 'src', 'cli'))) return false;
  const built = statSync(bundle).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

async function buildBundle() {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    process.stderr.write('cswb: the command is not built yet and Vite is not installed. Run "npm install" in the project folder.\n');
    process.exit(1);
  }
  // Build into a private folder, then rename: two runs building at once never see half a file.
  const outDir = join(root, 'out', 'cli');
  const tmp = mkdtempSync(join(root, 'out', '.cli-build-'));
  try {
    await vite.build({
      configFile: false,
      root,
      logLevel: 'silent',
      resolve: {
        alias: { '@core': join(root, 'src/core'), '@shared': join(root, 'src/shared') },
      },
      build: {
        ssr: join(root, 'src/cli/main.ts'),
        outDir: tmp,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        copyPublicDir: false,
        rollupOptions: { output: { format: 'es', entryFileNames: 'cswb.mjs' } },
      },
    });
    if (!existsSync(outDir)) await import('node:fs').then((fs) => fs.mkdirSync(outDir, { recursive: true }));
    renameSync(join(tmp, 'cswb.mjs'), bundle);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (isStale()) {
  if (!existsSync(join(root, 'out'))) await import('node:fs').then((fs) => fs.mkdirSync(join(root, 'out'), { recursive: true }));
  await buildBundle();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
