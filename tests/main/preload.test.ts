import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(root, 'src', 'preload', 'index.ts'), 'utf8');
const built = join(root, 'out', 'preload', 'index.cjs');

describe('preload', () => {
  it('imports values only from electron (a sandboxed preload cannot require anything else)', () => {
    const imports = [...source.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [, typeOnly, , from] of imports) {
      if (from !== 'electron') expect(typeOnly, `value import from ${from}`).toBeTruthy();
    }
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('exposes only the bridge, never ipcRenderer itself', () => {
    expect([...source.matchAll(/exposeInMainWorld\('([^']+)'/g)].map((m) => m[1])).toEqual(['cswbDesktop']);
    expect(source).toMatch(/\} satisfies DesktopBridge;/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it.skipIf(!existsSync(built))('built CommonJS output requires nothing but electron', () => {
    const code = readFileSync(built, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});
