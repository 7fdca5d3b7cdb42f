/**
 * Saving over a plan file written in an older format keeps a backup of it first
 * (`<file>.v<version>.bak`), with real files in a temp folder. The app here pretends to write
 * format 2, so today's format-1 files count as older.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySnapshot } from '@core/model';
import { newPlan } from '@core/records';
import { encodePlanFile } from '@core/plan-file';
import { FileService, type FileServiceFs } from '../../src/main/file-service';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cswb-backup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const formatOne = encodePlanFile(emptySnapshot(newPlan({ id: 'p1', name: 'Riverbend', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' })), {
  appVersion: '0.1.0',
  savedAt: '2025-01-01T00:00:00.000Z',
});

function service(options: { planFormatVersion?: number; fs?: FileServiceFs; save?: string } = {}) {
  return new FileService({
    dialogs: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => (options.save ? { canceled: false, filePath: options.save } : { canceled: true }),
    },
    defaultDirectory: () => dir,
    recent: { add: async () => undefined },
    ...(options.planFormatVersion ? { planFormatVersion: options.planFormatVersion } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
  });
}

describe('backup before replacing an older plan file', () => {
  it('Save over a format-1 file in a format-2 app keeps Plan.cswb.v1.bak, byte for byte', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, formatOne);
    const saved = await service({ planFormatVersion: 2 }).save(path, 'new text');
    expect(saved).toEqual({ path, name: 'Plan.cswb', backupPath: `${path}.v1.bak` });
    expect(await readFile(`${path}.v1.bak`, 'utf8')).toBe(formatOne);
    expect(await readFile(path, 'utf8')).toBe('new text');
  });

  it('Save As onto an older file backs it up too', async () => {
    const path = join(dir, 'Other.cswb');
    await writeFile(path, formatOne);
    const saved = await service({ planFormatVersion: 2, save: path }).saveAs('Plan', 'new text');
    expect(saved?.backupPath).toBe(`${path}.v1.bak`);
  });

  it('no backup when the file is already in the current format', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, formatOne);
    expect(await service().save(path, 'new text')).toEqual({ path, name: 'Plan.cswb' });
    expect(await readdir(dir)).toEqual(['Plan.cswb']);
  });

  it('no backup for a new file, or a file that is not a plan', async () => {
    const files = service({ planFormatVersion: 2 });
    expect(await files.save(join(dir, 'New.cswb'), 'x')).toEqual({ path: join(dir, 'New.cswb'), name: 'New.cswb' });
    await writeFile(join(dir, 'Junk.cswb'), 'not a plan');
    expect((await files.save(join(dir, 'Junk.cswb'), 'x')).backupPath).toBeUndefined();
    expect((await readdir(dir)).sort()).toEqual(['Junk.cswb', 'New.cswb']);
  });

  it('when the backup cannot be written, the older file is not replaced', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, formatOne);
    const fs: FileServiceFs = {
      stat: (p) => fsp.stat(p),
      readText: (p) => fsp.readFile(p, 'utf8'),
      writeAtomic: (p, data) => fsp.writeFile(p, data),
      readHead: async (p, chars) => (await fsp.readFile(p, 'utf8')).slice(0, chars),
      copyFile: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EACCES' });
      },
    };
    await expect(service({ planFormatVersion: 2, fs }).save(path, 'new text')).rejects.toThrow(/Could not keep a copy of the older “Plan.cswb” before saving/);
    expect(await readFile(path, 'utf8')).toBe(formatOne);
  });
});
