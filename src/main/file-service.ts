/**
 * Plan files and exports on disk: native dialogs, size and type checks, atomic saves.
 *
 * Dialogs and file operations are injected so tests run against real temp folders with fake
 * dialogs. Every failure is an Error whose message starts with an IpcErrorCode (see ipc-errors).
 * Plans are read and written only as `.cswb` files, so a compromised page cannot use `save` to
 * overwrite, say, a shell profile.
 */
import { copyFile, open, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { FileFilter, OpenedFile, SavedFile } from '@shared/ipc-contract';
import { isOlderPlanFile, peekFormatVersion, PLAN_FILE_VERSION } from '@core/plan-file';
import { writeFileAtomic } from './atomic-write';
import { fsErrorToIpcError, ipcError } from './ipc-errors';
import { MENU_LABELS, type MainLabels } from './menu-labels';

export const PLAN_EXTENSION = 'cswb';
/** Largest plan file we open (plans of 50 MB must open). */
export const MAX_PLAN_FILE_BYTES = 60 * 1024 * 1024;

export interface OpenDialogRequest {
  title: string;
  defaultPath?: string;
  filters: FileFilter[];
  properties: Array<'openFile'>;
}
export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}
/** Electron's `dialog`, already bound to the parent window. */
export interface FileDialogs {
  showOpenDialog(request: OpenDialogRequest): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(request: SaveDialogRequest): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileServiceFs {
  stat(path: string): Promise<{ isFile(): boolean; size: number }>;
  readText(path: string): Promise<string>;
  writeAtomic(path: string, data: string | Uint8Array): Promise<void>;
  /** The first `chars` characters of a file; rejects when there is no file. Without it, no backups. */
  readHead?(path: string, chars: number): Promise<string>;
  copyFile?(from: string, to: string): Promise<void>;
}

/** How much of an existing plan file is read to learn its format version (see peekFormatVersion). */
const HEAD_BYTES = 4096;

const nodeFileServiceFs: FileServiceFs = {
  stat: (path) => stat(path),
  readText: (path) => readFile(path, 'utf8'),
  writeAtomic: (path, data) => writeFileAtomic(path, data),
  async readHead(path, chars) {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(chars);
      const { bytesRead } = await handle.read(buffer, 0, chars, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  },
  copyFile: (from, to) => copyFile(from, to),
};

export interface FileServiceOptions {
  dialogs: FileDialogs;
  /** Where dialogs start before the user picked a folder (Documents). */
  defaultDirectory: () => string;
  recent: { add(path: string): Promise<unknown> };
  fs?: FileServiceFs;
  /** Dialog titles and filter names, in the interface's language at the time a dialog opens. */
  labels?: () => MainLabels;
  /** The plan-file format this app writes (tests pretend to be a newer app). */
  planFormatVersion?: number;
}

/** Appends `.ext` unless the path already ends with it (any case). */
export function ensureExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`;
}

/** Adds the first filter's extension when the chosen name has none of the filters' extensions. */
export function ensureExportExtension(path: string, filters: readonly FileFilter[]): string {
  const first = filters[0]?.extensions[0];
  if (!first) return path;
  const ext = extname(path).slice(1).toLowerCase();
  const known = filters.some((f) => f.extensions.some((e) => e.toLowerCase() === ext));
  return known ? path : `${path}.${first}`;
}

function isPlanPath(path: string): boolean {
  return extname(path).toLowerCase() === `.${PLAN_EXTENSION}`;
}

export class FileService {
  private readonly fs: FileServiceFs;
  private readonly labels: () => MainLabels;
  private lastDirectory: string | undefined;
  private openDialogs = 0;

  constructor(private readonly options: FileServiceOptions) {
    this.fs = options.fs ?? nodeFileServiceFs;
    this.labels = options.labels ?? (() => MENU_LABELS.en);
  }

  /** Whether a native file dialog is showing (the close flow waits for it). */
  isDialogOpen(): boolean {
    return this.openDialogs > 0;
  }

  async open(): Promise<OpenedFile | null> {
    const result = await this.withDialog(() =>
      this.options.dialogs.showOpenDialog({
        title: this.labels().openPlanTitle,
        defaultPath: this.startDirectory(),
        filters: this.planFilters(),
        properties: ['openFile'],
      }),
    );
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return null;
    return this.openPath(chosen);
  }

  async openPath(path: string): Promise<OpenedFile> {
    if (!isAbsolute(path)) throw ipcError('invalid-payload', 'the plan path must be absolute.');
    const name = basename(path);
    if (!isPlanPath(path)) throw ipcError('not-a-file', `“${name}” is not a CSWB plan (.${PLAN_EXTENSION}) file.`);
    const doing = `Could not open “${name}”`;
    let info: { isFile(): boolean; size: number };
    try {
      info = await this.fs.stat(path);
    } catch (error) {
      throw fsErrorToIpcError(error, doing);
    }
    if (!info.isFile()) throw ipcError('not-a-file', `${doing}: it is not a regular file.`);
    if (info.size > MAX_PLAN_FILE_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      throw ipcError('too-large', `${doing}: it is ${mb} MB; plan files can be at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.`);
    }
    let text: string;
    try {
      text = await this.fs.readText(path);
    } catch (error) {
      throw fsErrorToIpcError(error, doing);
    }
    await this.remember(path);
    return { path, name, text };
  }

  async save(path: string, text: string): Promise<SavedFile> {
    if (!isAbsolute(path)) throw ipcError('invalid-payload', 'the plan path must be absolute.');
    if (!isPlanPath(path)) throw ipcError('invalid-payload', `plans are saved only to .${PLAN_EXTENSION} files.`);
    return this.write(path, text, true);
  }

  async saveAs(suggestedName: string, text: string): Promise<SavedFile | null> {
    const result = await this.withDialog(() =>
      this.options.dialogs.showSaveDialog({
        title: this.labels().savePlanTitle,
        defaultPath: join(this.startDirectory(), ensureExtension(suggestedName, PLAN_EXTENSION)),
        filters: this.planFilters(),
      }),
    );
    if (result.canceled || !result.filePath) return null;
    return this.write(ensureExtension(result.filePath, PLAN_EXTENSION), text, true);
  }

  async exportFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SavedFile | null> {
    const result = await this.withDialog(() =>
      this.options.dialogs.showSaveDialog({
        title: this.labels().exportTitle,
        defaultPath: join(this.startDirectory(), suggestedName),
        filters,
      }),
    );
    if (result.canceled || !result.filePath) return null;
    // Exports are not plans: they do not go into the recent list.
    return this.write(ensureExportExtension(result.filePath, filters), data, false);
  }

  private async write(path: string, data: string | Uint8Array, isPlan: boolean): Promise<SavedFile> {
    const name = basename(path);
    const backupPath = isPlan ? await this.backupOlderPlan(path) : null;
    try {
      await this.fs.writeAtomic(path, data);
    } catch (error) {
      throw fsErrorToIpcError(error, `Could not save “${name}”`);
    }
    if (isPlan) await this.remember(path);
    else this.lastDirectory = dirname(path);
    return backupPath ? { path, name, backupPath } : { path, name };
  }

  /**
   * Before a save replaces a plan file written in an older format, copy it to
   * `<file>.v<version>.bak`: an older app can still open the backup, and nothing is lost if the
   * upgrade went wrong. Returns the backup's path, or null when no backup was needed.
   */
  private async backupOlderPlan(path: string): Promise<string | null> {
    const { readHead, copyFile: copy } = this.fs;
    if (!readHead || !copy) return null;
    let head: string;
    try {
      head = await readHead(path, HEAD_BYTES);
    } catch {
      return null; // no file there yet: nothing to keep
    }
    const current = this.options.planFormatVersion ?? PLAN_FILE_VERSION;
    if (!isOlderPlanFile(head, current)) return null;
    const backupPath = `${path}.v${peekFormatVersion(head)}.bak`;
    try {
      await copy(path, backupPath);
    } catch (error) {
      // Without the backup the older file would be lost: do not save over it.
      throw fsErrorToIpcError(error, `Could not keep a copy of the older “${basename(path)}” before saving, so it was not replaced`);
    }
    return backupPath;
  }

  private async remember(path: string): Promise<void> {
    this.lastDirectory = dirname(path);
    // The file is open or saved either way; a recent-list problem must not turn that into an error.
    await this.options.recent.add(path).catch(() => undefined);
  }

  private startDirectory(): string {
    return this.lastDirectory ?? this.options.defaultDirectory();
  }

  private planFilters(): FileFilter[] {
    return [{ name: this.labels().planFilterName, extensions: [PLAN_EXTENSION] }];
  }

  private async withDialog<T>(show: () => Promise<T>): Promise<T> {
    this.openDialogs += 1;
    try {
      return await show();
    } finally {
      this.openDialogs -= 1;
    }
  }
}
