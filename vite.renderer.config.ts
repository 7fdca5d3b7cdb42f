/**
 * The renderer alone, for browser mode's `npm run dev` (scripts/start.mjs --dev) and anything
 * else that needs plain Vite. Same root, plugins and aliases as the renderer section of
 * electron.vite.config.ts, which stays the build of record.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const alias = {
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
  '@locales': resolve(import.meta.dirname, 'resources/locales'),
};

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  resolve: { alias },
  plugins: [react()],
  // As electron.vite.config.ts: catalogues as JSON.parse('…') strings (faster to parse).
  json: { stringify: true },
  server: { host: '127.0.0.1', strictPort: true },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
  },
});
