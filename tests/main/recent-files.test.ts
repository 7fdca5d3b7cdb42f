import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecentFile } from '@shared/ipc-contract';
import { addRecent, MAX_RECENT_FILES, parseRecentFiles, RecentFilesStore, samePath, serializeRecentFiles } from '../../src/main/recent-files';

const entry = (path: string, openedAt = '2025-01-01T00:00:00.000Z'): RecentFile => ({ path, name: path.split('/').pop()!, openedAt });

describe('recent list operations', () => {
  it('adds to the front and moves an existing path to the front without duplicating it', () => {
    let list: RecentFile[] = [];
    list = addRecent(list, entry('/a.cswb'), 10, 'linux');
    list = addRecent(list, entry('/b.cswb'), 10, 'linux');
    list = addRecent(list, entry('/a.cswb', '2025-02-02T00:00:00.000Z'), 10, 'linux');
    expect(list.map((f) => f.path)).toEqual(['/a.cswb', '/b.cswb']);
    expect(list[0]!.openedAt).toBe('2025-02-02T00:00:00.000Z');
  });

  it('keeps at most 10, dropping the oldest', () => {
    let list: RecentFile[] = [];
    for (let i = 0; i < 15; i += 1) list = addRecent(list, entry(`/plan-${i}.cswb`));
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]!.path).toBe('/plan-14.cswb');
    expect(list.at(-1)!.path).toBe('/plan-5.cswb');
  });

  it('dedupes case-insensitively on Windows and macOS only', () => {
    expect(samePath('C:\\Plans\\A.cswb', 'c:\\plans\\a.cswb', 'win32')).toBe(true);
    expect(samePath('/Users/x/A.cswb', '/Users/x/a.cswb', 'darwin')).toBe(true);
    expect(samePath('/home/x/A.cswb', '/home/x/a.cswb', 'linux')).toBe(false);
    const list = addRecent([entry('C:\\Plans\\A.cswb')], entry('c:\\plans\\a.cswb'), 10, 'win32');
    expect(list).toHaveLength(1);
  });

  it.each([
    ['empty text', ''],
    ['not JSON', '{ this is not json'],
    ['null', 'null'],
    ['a number', '42'],
    ['files not an array', '{"version":1,"files":"nope"}'],
  ])('reads %s as an empty list', (_name, text) => {
    expect(parseRecentFiles(text)).toEqual([]);
  });

  it('keeps valid entries, drops invalid and duplicate ones, caps the length', () => {
    const files = [
      entry('/good.cswb'),
      { path: 42, name: 'bad', openedAt: 'x' },
      { name: 'no path' },
      entry('/good.cswb'),
      ...Array.from({ length: 20 }, (_, i) => entry(`/p${i}.cswb`)),
    ];
    const list = parseRecentFiles(JSON.stringify({ version: 1, files }));
    expect(list[0]!.path).toBe('/good.cswb');
    expect(list.filter((f) => f.path === '/good.cswb')).toHaveLength(1);
    expect(list).toHaveLength(MAX_RECENT_FILES);
  });

  it('round-trips through serialize and parse (also reads a bare array)', () => {
    const list = [entry('/a.cswb'), entry('/b.cswb')];
    expect(parseRecentFiles(serializeRecentFiles(list))).toEqual(list);
    expect(parseRecentFiles(JSON.stringify(list))).toEqual(list);
  });
});

describe('RecentFilesStore', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cswb-recent-'));
    file = join(dir, 'userData', 'recent-files.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const plan = async (name: string) => {
    const path = join(dir, name);
    await writeFile(path, '{}');
    return path;
  };

  it('starts empty when the JSON file is missing', async () => {
    expect(await new RecentFilesStore({ file }).list()).toEqual([]);
  });

  it('starts empty when the JSON file is corrupt, and recovers on the next add', async () => {
    await new RecentFilesStore({ file }).clear(); // creates the userData folder
    await writeFile(file, '\u0000\u0000garbage{');
    const store = new RecentFilesStore({ file });
    expect(await store.list()).toEqual([]);
    const a = await plan('a.cswb');
    await store.add(a);
    expect((await store.list()).map((f) => f.path)).toEqual([a]);
    expect(JSON.parse(await readFile(file, 'utf8')).files[0].path).toBe(a);
  });

  it('persists adds across instances, newest first, with name and time', async () => {
    const a = await plan('a.cswb');
    const b = await plan('b.cswb');
    const store = new RecentFilesStore({ file, now: () => new Date('2025-03-04T05:06:07.000Z') });
    await store.add(a);
    await store.add(b);
    await store.add(a);
    const list = await new RecentFilesStore({ file }).list();
    expect(list).toEqual([
      { path: a, name: 'a.cswb', openedAt: '2025-03-04T05:06:07.000Z' },
      { path: b, name: 'b.cswb', openedAt: '2025-03-04T05:06:07.000Z' },
    ]);
  });

  it('drops files that no longer exist when listing, and saves the shorter list', async () => {
    const a = await plan('a.cswb');
    const b = await plan('b.cswb');
    const store = new RecentFilesStore({ file });
    await store.add(a);
    await store.add(b);
    await rm(a);
    expect((await store.list()).map((f) => f.path)).toEqual([b]);
    expect(parseRecentFiles(await readFile(file, 'utf8')).map((f) => f.path)).toEqual([b]);
  });

  it('clears the list and notifies listeners of every change', async () => {
    const store = new RecentFilesStore({ file });
    const seen: number[] = [];
    const unsubscribe = store.onChange((list) => seen.push(list.length));
    await store.add(await plan('a.cswb'));
    await store.add(await plan('b.cswb'));
    await store.clear();
    unsubscribe();
    await store.add(await plan('c.cswb'));
    expect(seen).toEqual([1, 2, 0]);
    expect((await new RecentFilesStore({ file }).list()).map((f) => f.name)).toEqual(['c.cswb']);
  });

  it('does not lose entries when adds run concurrently', async () => {
    const paths = await Promise.all(Array.from({ length: 8 }, (_, i) => plan(`p${i}.cswb`)));
    const store = new RecentFilesStore({ file });
    await Promise.all(paths.map((path) => store.add(path)));
    expect((await store.list()).map((f) => f.path).sort()).toEqual([...paths].sort());
  });

  it('never throws when the list cannot be saved', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new RecentFilesStore({
      file,
      writeText: async () => {
        throw new Error('EACCES');
      },
    });
    await expect(store.add(await plan('a.cswb'))).resolves.toHaveLength(1);
    await expect(store.clear()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Could not save the recent files list'));
    warn.mockRestore();
  });
});
