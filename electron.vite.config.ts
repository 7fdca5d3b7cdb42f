import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

const alias = {
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
  '@locales': resolve(import.meta.dirname, 'resources/locales'),
};

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // The room server is also an entry of its own: browser mode's launcher (plain Node) imports
      // out/main/room-server.js (see scripts/room-host.mjs).
      lib: { entry: { index: resolve(import.meta.dirname, 'src/main/index.ts'), 'room-server': resolve(import.meta.dirname, 'src/room-server/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias },
    plugins: [react()],
    // Catalogues as JSON.parse('…') strings: V8 parses those much faster than object literals.
    json: { stringify: true },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      outDir: 'out/renderer',
      // Minified: the renderer is parsed at every start (see docs/performance.md).
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
