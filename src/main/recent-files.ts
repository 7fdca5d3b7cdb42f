/**
 * The "Open Recent" list, stored in `<userData>/recent-files.json` as `{ "version": 1, "files": [...] }`.
 *
 * The list operations are pure functions. The store never throws at the user: a missing or
 * corrupt file reads as an empty list, entries that fail validation are dropped, files that no
 * longer exist are dropped when the list is read, and a failed write only loses the list.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '@shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const recentFileSchema = z.object({
  path: z.string().min(1).max(4096),
  name: z.string().max(255),
  openedAt: z.string().max(64),
});

/** Paths compare case-insensitively where the file system usually is (Windows, macOS). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Puts `entry` first, removes any older entry for the same path, keeps at most `max`. */
export function addRecent(list: readonly RecentFile[], entry: RecentFile, max = MAX_RECENT_FILES, platform?: NodeJS.Platform): RecentFile[] {
  return [entry, ...list.filter((f) => !samePath(f.path, entry.path, platform))].slice(0, max);
}

/** Reads the stored JSON leniently: anything unreadable becomes an empty list or is skipped. */
export function parseRecentFiles(text: string, max = MAX_RECENT_FILES): RecentFile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const entries = Array.isArray(raw) ? raw : (raw as { files?: unknown } | null)?.files;
  if (!Array.isArray(entries)) return [];
  let list: RecentFile[] = [];
  for (const item of entries) {
    const parsed = recentFileSchema.safeParse(item);
    if (parsed.success && !list.some((f) => samePath(f.path, parsed.data.path))) list = [...list, parsed.data];
  }
  return list.slice(0, max);
}

export function serializeRecentFiles(list: readonly RecentFile[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`;
}

export interface RecentFilesStoreOptions {
  /** Absolute path of recent-files.json. */
  file: string;
  readText?: (path: string) => Promise<string>;
  writeText?: (path: string, text: string) => Promise<void>;
  /** Whether a listed plan file still exists (a regular file). */
  exists?: (path: string) => Promise<boolean>;
  now?: () => Date;
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function writeCreatingFolder(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
}

/** The stored list with its side effects. Operations run one after another, never interleaved. */
export class RecentFilesStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(list: RecentFile[]) => void>();
  private readonly readText: (path: string) => Promise<string>;
  private readonly writeText: (path: string, text: string) => Promise<void>;
  private readonly exists: (path: string) => Promise<boolean>;
  private readonly now: () => Date;

  constructor(private readonly options: RecentFilesStoreOptions) {
    this.readText = options.readText ?? ((path) => readFile(path, 'utf8'));
    this.writeText = options.writeText ?? writeCreatingFolder;
    this.exists = options.exists ?? isRegularFile;
    this.now = options.now ?? (() => new Date());
  }

  /** The list without files that have disappeared (the file is rewritten when some were dropped). */
  list(): Promise<RecentFile[]> {
    return this.serial(async () => {
      const stored = await this.load();
      const present = await Promise.all(stored.map((f) => this.exists(f.path)));
      const kept = stored.filter((_, i) => present[i]);
      if (kept.length !== stored.length) await this.save(kept);
      return kept;
    });
  }

  add(path: string): Promise<RecentFile[]> {
    return this.serial(async () => {
      const entry: RecentFile = { path, name: basename(path), openedAt: this.now().toISOString() };
      const next = addRecent(await this.load(), entry);
      await this.save(next);
      return next;
    });
  }

  clear(): Promise<void> {
    return this.serial(() => this.save([]));
  }

  /** Called after every change (the menu rebuilds Open Recent). Returns an unsubscribe. */
  onChange(listener: (list: RecentFile[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<RecentFile[]> {
    try {
      return parseRecentFiles(await this.readText(this.options.file));
    } catch {
      return []; // missing or unreadable: start empty
    }
  }

  private async save(list: RecentFile[]): Promise<void> {
    try {
      await this.writeText(this.options.file, serializeRecentFiles(list));
    } catch (error) {
      console.warn(`Could not save the recent files list: ${(error as Error).message}`);
    }
    for (const listener of this.listeners) {
      try {
        listener(list);
      } catch (error) {
        console.warn(`A recent files listener failed: ${(error as Error).message}`);
      }
    }
  }
}
