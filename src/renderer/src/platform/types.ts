/**
 * Everything the renderer needs from the desktop shell, behind one interface with two
 * implementations: `electron.ts` (the preload bridge) and `browser.ts` (plain Chromium page).
 * Screens import `usePlatform()` / `platform` from `./index`, never an implementation directly.
 */
import type { AppInfo, AudienceWindowInfo, FileFilter, MenuCommand, OpenedFile, PresenterRole, RecentFile, SavedFile, ShellLanguage } from '@shared/ipc-contract';
// Room participation (phones on the room's network): Electron IPC, or the launcher's /room/control.
import type { RoomControlAnswer, RoomControlRequest } from '@core/room';

export type { RoomControlAnswer, RoomControlRequest };
export type { AppInfo, AudienceWindowInfo, FileFilter, MenuCommand, OpenedFile, PresenterRole, RecentFile, SavedFile, ShellLanguage };

/** The message path between the facilitator window and the audience window of one plan (JSON strings). */
export interface PresenterTransport {
  send(text: string): void;
  onMessage(listener: (text: string) => void): () => void;
  close(): void;
}

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
  /**
   * The interface language, so the shell around the page speaks it too: the document's `lang`
   * in both shells; in Electron also the application menu and main's dialogs (remembered there
   * for the next start). Never throws: a shell that cannot follow keeps its language.
   */
  setLanguage(language: ShellLanguage): void;
  /** The window's print view as a PDF (Electron only; browser mode prints with window.print()). */
  printToPdf?(): Promise<Uint8Array>;
  /** Commands from the application menu (Electron only; the browser calls the listener never). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Sends a room control request (start, stop, open stages, pull and acknowledge submissions...).
   * Rejects with an Error whose message is 'room-unavailable' when this shell cannot host a room.
   */
  roomControl(request: RoomControlRequest): Promise<RoomControlAnswer>;
  /**
   * Opens the audience window of a plan (what the room sees): full screen on a second display in
   * Electron when there is one, else a window; a pop-up window in browser mode. Null when the
   * browser blocked the pop-up.
   */
  openAudienceWindow(planId: string): Promise<AudienceWindowInfo | null>;
  closeAudienceWindow(): Promise<void>;
  /** `role` is the window this one is: messages go to the other. */
  presenterTransport(planId: string, role: PresenterRole): PresenterTransport;
}
