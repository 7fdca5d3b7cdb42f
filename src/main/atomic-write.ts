/**
 * Safe saving: a reader (or a crash, or a full disk) sees either the whole old file or the whole
 * new one, never half of each. Write a temp file beside the target, flush it to disk, then
 * rename it over the target (rename is atomic within one folder on every OS we ship to).
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used here; tests pass a copy with one of them failing. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<{
    writeFile(data: string | Uint8Array, options?: { encoding?: BufferEncoding }): Promise<void>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
}

export const defaultFs: AtomicWriteFs = nodeFs;

/** A fresh temp name in the target's folder (same folder, so the rename never crosses disks). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Replaces `target` with `data` atomically. On failure the original is untouched and no temp remains. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = defaultFs): Promise<void> {
  const temp = tempPathFor(target);
  try {
    // 'wx': fail rather than follow a file or symlink someone placed at our temp name.
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, typeof data === 'string' ? { encoding: 'utf8' } : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Copies `path` to `<path>.bak` (overwriting an older backup) before a migration rewrites it. */
export async function backupFile(path: string, fs: AtomicWriteFs = defaultFs): Promise<string> {
  const backup = `${path}.bak`;
  await fs.copyFile(path, backup);
  return backup;
}
