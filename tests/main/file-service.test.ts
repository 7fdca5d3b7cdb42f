import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileFilter } from '@shared/ipc-contract';
import { ensureExportExtension, ensureExtension, FileService, MAX_PLAN_FILE_BYTES, type FileDialogs, type FileServiceFs, type OpenDialogRequest, type SaveDialogRequest } from '../../src/main/file-service';
import * as fsp from 'node:fs/promises';
import { writeFileAtomic, type AtomicWriteFs } from '../../src/main/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cswb-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Dialogs that answer with queued results and record what they were asked. */
function fakeDialogs(answers: { open?: string | null; save?: string | null } = {}) {
  const asked: { open: OpenDialogRequest[]; save: SaveDialogRequest[] } = { open: [], save: [] };
  let openNow = false;
  const dialogs: FileDialogs = {
    async showOpenDialog(request) {
      asked.open.push(request);
      openNow = true;
      await Promise.resolve();
      openNow = false;
      return answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] };
    },
    async showSaveDialog(request) {
      asked.save.push(request);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
  };
  return { dialogs, asked, isOpenNow: () => openNow };
}

function service(answers: { open?: string | null; save?: string | null } = {}, fs?: FileServiceFs) {
  const fake = fakeDialogs(answers);
  const recentAdds: string[] = [];
  const files = new FileService({
    dialogs: fake.dialogs,
    defaultDirectory: () => join(dir, 'Documents'),
    recent: { add: async (path) => recentAdds.push(path) },
    ...(fs ? { fs } : {}),
  });
  return { files, asked: fake.asked, recentAdds, fake };
}

describe('open', () => {
  it('opens the chosen plan, filtered to .cswb, and records it as recent', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, '{"format":"cswb"} é');
    const { files, asked, recentAdds } = service({ open: path });
    expect(await files.open()).toEqual({ path, name: 'Plan.cswb', text: '{"format":"cswb"} é' });
    expect(asked.open[0]!.filters).toEqual([{ name: 'CSWB plan', extensions: ['cswb'] }]);
    expect(asked.open[0]!.defaultPath).toBe(join(dir, 'Documents'));
    expect(recentAdds).toEqual([path]);
  });

  it('returns null when the user cancels', async () => {
    const { files, recentAdds } = service({ open: null });
    expect(await files.open()).toBeNull();
    expect(recentAdds).toEqual([]);
  });

  it('reports a dialog as open only while it is showing', async () => {
    const { files, fake } = service({ open: null });
    expect(files.isDialogOpen()).toBe(false);
    const pending = files.open();
    expect(fake.isOpenNow()).toBe(true);
    expect(files.isDialogOpen()).toBe(true);
    await pending;
    expect(files.isDialogOpen()).toBe(false);
  });
});

describe('openPath', () => {
  it('refuses a missing file with not-found', async () => {
    await expect(service().files.openPath(join(dir, 'gone.cswb'))).rejects.toThrow(/^not-found: /);
  });

  it('refuses a folder with not-a-file', async () => {
    await mkdir(join(dir, 'folder.cswb'));
    await expect(service().files.openPath(join(dir, 'folder.cswb'))).rejects.toThrow(/^not-a-file: .*not a regular file/);
  });

  it('refuses files that are not plans, and relative paths', async () => {
    await writeFile(join(dir, '.bashrc'), 'x');
    await expect(service().files.openPath(join(dir, '.bashrc'))).rejects.toThrow(/^not-a-file: /);
    await expect(service().files.openPath('plan.cswb')).rejects.toThrow(/^invalid-payload: /);
  });

  it('refuses a plan over 60 MB with too-large, without reading it', async () => {
    const reads: string[] = [];
    const fs: FileServiceFs = {
      stat: async () => ({ isFile: () => true, size: MAX_PLAN_FILE_BYTES + 1 }),
      readText: async (path) => {
        reads.push(path);
        return '';
      },
      writeAtomic: async () => undefined,
    };
    await expect(service({}, fs).files.openPath(join(dir, 'huge.cswb'))).rejects.toThrow(/^too-large: .*60 MB/);
    expect(reads).toEqual([]);
  });

  it('opens a plan of exactly 60 MB', async () => {
    const fs: FileServiceFs = {
      stat: async () => ({ isFile: () => true, size: MAX_PLAN_FILE_BYTES }),
      readText: async () => 'big',
      writeAtomic: async () => undefined,
    };
    expect((await service({}, fs).files.openPath(join(dir, 'big.cswb'))).text).toBe('big');
  });
});

describe('save', () => {
  it('writes the text atomically and records it as recent', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, 'old');
    const { files, recentAdds } = service();
    expect(await files.save(path, 'new')).toEqual({ path, name: 'Plan.cswb' });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(recentAdds).toEqual([path]);
  });

  it('refuses to write anything but a .cswb file', async () => {
    const { files } = service();
    await expect(files.save(join(dir, '.bashrc'), 'rm -rf ~')).rejects.toThrow(/^invalid-payload: /);
    await expect(files.save(join(dir, 'plan.cswb.exe'), 'x')).rejects.toThrow(/^invalid-payload: /);
    expect(await readdir(dir)).toEqual([]);
  });

  it('turns a write failure into io-error and keeps the original', async () => {
    const path = join(dir, 'Plan.cswb');
    await writeFile(path, 'original');
    const fs: FileServiceFs = {
      stat: (p) => fsp.stat(p),
      readText: (p) => fsp.readFile(p, 'utf8'),
      writeAtomic: (p, data) =>
        writeFileAtomic(p, data, {
          ...(fsp as unknown as AtomicWriteFs),
          rename: async () => {
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          },
        }),
    };
    const { files, recentAdds } = service({}, fs);
    await expect(files.save(path, 'new')).rejects.toThrow(/^io-error: Could not save “Plan.cswb”: the disk is full/);
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['Plan.cswb']);
    expect(recentAdds).toEqual([]);
  });

  it('reports a missing folder as not-found', async () => {
    await expect(service().files.save(join(dir, 'no', 'such', 'Plan.cswb'), 'x')).rejects.toThrow(/^not-found: /);
  });
});

describe('saveAs', () => {
  it('suggests the name with .cswb in the last used folder and adds .cswb when missing', async () => {
    const opened = join(dir, 'Opened.cswb');
    await writeFile(opened, 'x');
    const { files, asked, recentAdds } = service({ open: opened, save: join(dir, 'Copy') });
    await files.open();
    expect(await files.saveAs('Durham 2025', 'text')).toEqual({ path: join(dir, 'Copy.cswb'), name: 'Copy.cswb' });
    expect(asked.save[0]!.defaultPath).toBe(join(dir, 'Durham 2025.cswb'));
    expect(await readFile(join(dir, 'Copy.cswb'), 'utf8')).toBe('text');
    expect(recentAdds).toEqual([opened, join(dir, 'Copy.cswb')]);
  });

  it('keeps an existing .CSWB extension and returns null on cancel', async () => {
    expect(ensureExtension('/x/Plan.CSWB', 'cswb')).toBe('/x/Plan.CSWB');
    expect(await service({ save: null }).files.saveAs('Plan', 'x')).toBeNull();
  });
});

describe('exportFile', () => {
  const pdf: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];

  it('writes bytes with the given filters and does not touch the recent list', async () => {
    const { files, asked, recentAdds } = service({ save: join(dir, 'Report') });
    const saved = await files.exportFile('Report.pdf', new Uint8Array([37, 80, 68, 70]), pdf);
    expect(saved).toEqual({ path: join(dir, 'Report.pdf'), name: 'Report.pdf' });
    expect(asked.save[0]!.filters).toEqual(pdf);
    expect([...(await readFile(join(dir, 'Report.pdf')))]).toEqual([37, 80, 68, 70]);
    expect(recentAdds).toEqual([]);
  });

  it('writes text and keeps a matching extension', async () => {
    const { files } = service({ save: join(dir, 'risks.CSV') });
    await files.exportFile('risks.csv', 'a,b\n', [{ name: 'CSV', extensions: ['csv'] }]);
    expect(await readFile(join(dir, 'risks.CSV'), 'utf8')).toBe('a,b\n');
  });

  it('returns null on cancel', async () => {
    expect(await service({ save: null }).files.exportFile('r.pdf', 'x', pdf)).toBeNull();
  });

  it('adds the first filter extension only when none matches', () => {
    expect(ensureExportExtension('/x/report', pdf)).toBe('/x/report.pdf');
    expect(ensureExportExtension('/x/report.PDF', pdf)).toBe('/x/report.PDF');
    expect(ensureExportExtension('/x/chart.svg', [{ name: 'Images', extensions: ['png', 'svg'] }])).toBe('/x/chart.svg');
    expect(ensureExportExtension('/x/report', [])).toBe('/x/report');
  });
});
