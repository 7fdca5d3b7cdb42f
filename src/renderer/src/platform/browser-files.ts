/**
 * File access for browser mode. Chromium's File System Access API gives real Save (write in place)
 * and a recent-files list whose handles survive reloads (kept in a small IndexedDB database).
 * Without it (or when the user's browser refuses), files open through <input type="file"> and
 * save as downloads. Paths in browser mode are keys into the handle store, or `download:<name>`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { FileFilter, OpenedFile, RecentFile, SavedFile } from './types';
import i18next from 'i18next';
import { MAX_PLAN_FILE_CHARS } from '@core/plan-file/constants';

interface StoredHandle {
  key: string;
  name: string;
  openedAt: string;
  handle: FileSystemFileHandle;
}

type HandleDb = Dexie & { handles: EntityTable<StoredHandle, 'key'> };
const handleDb = new Dexie('cswb-file-handles') as HandleDb;
handleDb.version(1).stores({ handles: 'key, openedAt' });

const RECENT_LIMIT = 10;
/** The file type the browser's pickers show, in the interface's language. */
const planTypes = () => [{ description: i18next.t('files:planFileType'), accept: { 'application/json': ['.cswb'] } }];

interface FsWindow {
  showOpenFilePicker?: (opts: unknown) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (opts: unknown) => Promise<FileSystemFileHandle>;
}
const fsWindow = globalThis as unknown as FsWindow;
export const hasFileSystemAccess = () => typeof fsWindow.showSaveFilePicker === 'function' && typeof fsWindow.showOpenFilePicker === 'function';

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

async function remember(handle: FileSystemFileHandle): Promise<string> {
  const existing = (await handleDb.handles.toArray()).find((h) => h.name === handle.name);
  for (const h of await handleDb.handles.toArray()) {
    if (h !== existing && (await h.handle.isSameEntry(handle).catch(() => false))) {
      await handleDb.handles.update(h.key, { openedAt: new Date().toISOString() });
      return h.key;
    }
  }
  const key = `handle:${crypto.randomUUID()}`;
  await handleDb.handles.put({ key, name: handle.name, openedAt: new Date().toISOString(), handle });
  const all = await handleDb.handles.orderBy('openedAt').reverse().toArray();
  await handleDb.handles.bulkDelete(all.slice(RECENT_LIMIT).map((h) => h.key));
  return key;
}

async function ensurePermission(handle: FileSystemFileHandle, mode: 'read' | 'readwrite'): Promise<void> {
  const h = handle as FileSystemFileHandle & {
    queryPermission?: (d: { mode: string }) => Promise<PermissionState>;
    requestPermission?: (d: { mode: string }) => Promise<PermissionState>;
  };
  if (!h.queryPermission || (await h.queryPermission({ mode })) === 'granted') return;
  if ((await h.requestPermission?.({ mode })) !== 'granted') throw new Error('permission-denied');
}

function pickWithInput(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/**
 * Plan files are at most MAX_PLAN_FILE_CHARS characters, so at most 3 bytes each in UTF-8: a
 * larger file is refused before it is read into memory (Electron's main process does the same).
 */
const MAX_PLAN_FILE_BYTES = MAX_PLAN_FILE_CHARS * 3;

async function readPlanText(file: File): Promise<string> {
  if (file.size > MAX_PLAN_FILE_BYTES) throw new Error(`too-large: ${(file.size / 1e6).toFixed(0)} MB`);
  return file.text();
}

export async function openWithPicker(): Promise<OpenedFile | null> {
  if (hasFileSystemAccess()) {
    try {
      const [handle] = await fsWindow.showOpenFilePicker!({ types: planTypes(), multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      return { path: await remember(handle), name: file.name, text: await readPlanText(file) };
    } catch (e) {
      if (isAbort(e)) return null;
      throw e;
    }
  }
  const file = await pickWithInput('.cswb,application/json');
  return file ? { path: `download:${file.name}`, name: file.name, text: await readPlanText(file) } : null;
}

export async function openRecentHandle(key: string): Promise<OpenedFile> {
  const stored = await handleDb.handles.get(key);
  if (!stored) throw new Error('not-found');
  await ensurePermission(stored.handle, 'read');
  const file = await stored.handle.getFile();
  await handleDb.handles.update(key, { openedAt: new Date().toISOString() });
  return { path: key, name: file.name, text: await readPlanText(file) };
}

export async function writeToHandle(key: string, data: string | Uint8Array): Promise<SavedFile> {
  const stored = await handleDb.handles.get(key);
  if (!stored) throw new Error('not-found');
  await ensurePermission(stored.handle, 'readwrite');
  // createWritable writes to a swap file and replaces the target on close: an atomic save.
  const writable = await stored.handle.createWritable();
  await writable.write(data as FileSystemWriteChunkType);
  await writable.close();
  return { path: key, name: stored.name };
}

export function download(name: string, data: string | Uint8Array, mime: string): SavedFile {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { path: `download:${name}`, name };
}

export async function saveWithPicker(suggestedName: string, data: string | Uint8Array, filters: FileFilter[], mime: string): Promise<SavedFile | null> {
  if (!hasFileSystemAccess()) return download(suggestedName, data, mime);
  try {
    const types = filters.map((f) => ({ description: f.name, accept: { [mime]: f.extensions.map((e) => `.${e}`) } }));
    const handle = await fsWindow.showSaveFilePicker!({ suggestedName, types });
    const key = await remember(handle);
    return await writeToHandle(key, data);
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}

export const isHandleKey = (path: string) => path.startsWith('handle:');

export async function recentHandles(): Promise<RecentFile[]> {
  const all = await handleDb.handles.orderBy('openedAt').reverse().toArray();
  return all.map((h) => ({ path: h.key, name: h.name, openedAt: h.openedAt }));
}

export async function clearHandles(): Promise<void> {
  await handleDb.handles.clear();
}
