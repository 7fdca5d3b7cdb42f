// Builds what the benchmark serves into .tmp/bench-build, apart from out/ (so a benchmark never
// rewrites the app other people are testing, and the test-only page never ships in the app):
// 1. the app, src/renderer/index.html, as one bundle built like electron-vite builds the renderer
//    (same sources, plugins and aliases through vite.renderer.config.ts; minified, modern
//    target, no module-preload polyfill), so start-up is measured on the code that ships;
// 2. the benchmark page, src/renderer/bench.html, in a second build (so it cannot change how the
//    app is split into chunks);
// 3. the blank baseline page.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_BUILD_DIR = '.tmp/bench-build';

/**
 * `sourcemap`: write .map files next to the bundles (for --profile summaries; costs build time).
 * `quick`: build both pages at once (about half the time; they then share chunks, so start-up is
 * not measured on the shipped bundle shape): for --tiny, which only checks the script works.
 */
export async function buildBenchPages(root, outDir = join(root, BENCH_BUILD_DIR), { sourcemap = false, quick = false } = {}) {
  const { build } = await import('vite');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const input = (page) => join(root, 'src/renderer', page);
  const buildPages = (pages, emptyOutDir) =>
    build({
      configFile: join(root, 'vite.renderer.config.ts'),
      logLevel: 'warn',
      base: './',
      define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
      build: {
        outDir,
        emptyOutDir,
        minify: true,
        target: 'esnext',
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        // Maps only serve the profile summaries (scripts/bench/profile.mjs); the page never loads them.
        sourcemap: sourcemap ? 'hidden' : false,
        rolldownOptions: { input: pages.length === 1 ? input(pages[0]) : Object.fromEntries(pages.map((p) => [p.replace('.html', ''), input(p)])) },
      },
    });
  if (quick) {
    await buildPages(['index.html', 'bench.html'], true);
  } else {
    await buildPages(['index.html'], true);
    await buildPages(['bench.html'], false);
  }
  copyFileSync(join(root, 'scripts/bench/blank.html'), join(outDir, 'blank.html'));
  return outDir;
}
