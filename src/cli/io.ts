/**
 * The CLI's contact with the outside world, passed in so commands stay testable: output streams
 * and the few file operations the commands need (reads are size-checked and strict UTF-8; writes
 * are atomic).
 */
import { copyFile, readFile, stat } from 'node:fs/promises';
import { MAX_PLAN_FILE_CHARS } from '@core/plan-file';
import { writeFileAtomic } from '../main/atomic-write';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
  size(path: string): Promise<number>;
  writeAtomic(path: string, text: string): Promise<void>;
  copy(from: string, to: string): Promise<void>;
  now(): string;
}

/** A failure to read or write a file, with a message that names the file and the cause. */
export class CliFileError extends Error {}

const MAX_BYTES = MAX_PLAN_FILE_CHARS * 4;

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  async readText(path) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new CliFileError(`${path}: ${fsReason(error)}`);
    }
    if (!info.isFile()) throw new CliFileError(`${path}: not a file.`);
    // The codec refuses long text too; this stops a huge file before it is read into memory.
    if (info.size > MAX_BYTES) throw new CliFileError(`${path}: the file is too large to be a plan file (${(info.size / 1e6).toFixed(0)} MB).`);
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new CliFileError(`${path}: ${fsReason(error)}`);
    });
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CliFileError(`${path}: the file is not UTF-8 text, so it is not a plan file.`);
    }
  },
  exists: (path) => stat(path).then(
    () => true,
    () => false,
  ),
  size: async (path) => (await stat(path)).size,
  async writeAtomic(path, text) {
    try {
      await writeFileAtomic(path, text);
    } catch (error) {
      throw new CliFileError(`${path}: could not write the file (${fsReason(error)}).`);
    }
  },
  async copy(from, to) {
    try {
      await copyFile(from, to);
    } catch (error) {
      throw new CliFileError(`${to}: could not write the backup (${fsReason(error)}).`);
    }
  },
  now: () => new Date().toISOString(),
};

function fsReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'EISDIR':
      return 'this is a folder, not a file.';
    case 'ENOSPC':
      return 'the disk is full.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
