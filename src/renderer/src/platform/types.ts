/**
 * Everything the renderer needs from the desktop shell, behind one interface with two
 * implementations: `electron.ts` (the preload bridge) and `browser.ts` (plain Chromium page).
 * Screens import `usePlatform()` / `platform` from `./index`, never an implementation directly.
 */
import type { AppInfo, FileFilter, MenuCommand, OpenedFile, RecentFile, SavedFile } from '@shared/ipc-contract';

export type { AppInfo, FileFilter, MenuCommand, OpenedFile, RecentFile, SavedFile };

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Ask the user for a plan file. Null when they cancel. */
  openPlanFile(): Promise<OpenedFile | null>;
  /** Open a file from the recent list. Throws when it is gone. */
  openRecent(path: string): Promise<OpenedFile>;
  /** Write to a file the plan was opened from or saved to before (no dialog). */
  savePlanFile(path: string, text: string): Promise<SavedFile>;
  /** Ask where to save. Null when they cancel. */
  savePlanFileAs(suggestedName: string, text: string): Promise<SavedFile | null>;
  /** Save a report or export (PDF, DOCX, XLSX, CSV, PNG, SVG). Null when cancelled. */
  exportFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SavedFile | null>;
  /** Whether `savePlanFile` can write in place (browser mode without a file handle cannot). */
  canSaveInPlace(path: string): boolean;
  recentFiles(): Promise<RecentFile[]>;
  clearRecentFiles(): Promise<void>;
  setWindowTitle(title: string, dirty: boolean): void;
  /** Commands from the application menu (Electron only; the browser calls the listener never). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
