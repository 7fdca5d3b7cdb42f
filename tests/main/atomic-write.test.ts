import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFile, tempPathFor, writeFileAtomic, type AtomicWriteFs } from '../../src/main/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cswb-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failing = (overrides: Partial<AtomicWriteFs>): AtomicWriteFs => ({ ...(fs as unknown as AtomicWriteFs), ...overrides });
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

describe('writeFileAtomic', () => {
  it('creates a new file with the exact text', async () => {
    const target = join(dir, 'plan.cswb');
    await writeFileAtomic(target, '{"plan":"é ✓"}');
    expect(await readFile(target, 'utf8')).toBe('{"plan":"é ✓"}');
    expect(await readdir(dir)).toEqual(['plan.cswb']);
  });

  it('replaces an existing file and writes bytes as given', async () => {
    const target = join(dir, 'report.png');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
    expect([...(await readFile(target))]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect(await readdir(dir)).toEqual(['report.png']);
  });

  it('leaves the original untouched and no temp file when the rename fails', async () => {
    const target = join(dir, 'plan.cswb');
    await writeFile(target, 'original');
    const broken = failing({
      rename: async () => {
        throw enospc();
      },
    });
    await expect(writeFileAtomic(target, 'new text', broken)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['plan.cswb']);
  });

  it('leaves the original untouched and no temp file when the write or fsync fails', async () => {
    const target = join(dir, 'plan.cswb');
    await writeFile(target, 'original');
    const failingSync = failing({
      open: async (path, flags, mode) => {
        const handle = await fs.open(path, flags, mode);
        return {
          writeFile: (data, options) => handle.writeFile(data, options),
          sync: async () => {
            throw enospc();
          },
          close: () => handle.close(),
        };
      },
    });
    await expect(writeFileAtomic(target, 'new text', failingSync)).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['plan.cswb']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'plan.cswb'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps one whole version when many writes race', async () => {
    const target = join(dir, 'plan.cswb');
    const versions = Array.from({ length: 25 }, (_, i) => `version ${i} `.repeat(2000));
    await Promise.all(versions.map((text) => writeFileAtomic(target, text)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['plan.cswb']);
  });

  it('uses a unique temp name in the same folder', () => {
    const target = join(dir, 'plan.cswb');
    const a = tempPathFor(target);
    expect(a.startsWith(join(dir, '.plan.cswb.'))).toBe(true);
    expect(a).not.toBe(tempPathFor(target));
  });
});

describe('backupFile', () => {
  it('copies the file to <name>.bak, replacing an older backup', async () => {
    const target = join(dir, 'plan.cswb');
    await writeFile(target, 'version 1');
    await writeFile(`${target}.bak`, 'ancient');
    expect(await backupFile(target)).toBe(`${target}.bak`);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('version 1');
    expect(await readFile(target, 'utf8')).toBe('version 1');
  });

  it('fails when there is nothing to back up', async () => {
    await expect(backupFile(join(dir, 'nope.cswb'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
