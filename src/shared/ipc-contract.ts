/**
 * The one contract between the Electron main process, the preload bridge and the renderer.
 *
 * - `InvokeChannels`: renderer -> main requests (ipcRenderer.invoke / ipcMain.handle), each with
 *   a zod schema for its payload: main validates every payload before acting on it.
 * - `MenuCommand`: main -> renderer notifications (application menu and accelerators).
 * - `DesktopBridge`: exactly what the preload exposes on `window.cswbDesktop`.
 *
 * Imports nothing from Electron, React or Dexie, so all three sides can use it.
 */
import { z } from 'zod';
import { roomControlRequestSchema, type RoomControlAnswer, type RoomControlRequest } from '@core/room';

/** Largest plan text accepted over IPC (plan files of 50 MB must open; leave headroom). */
export const MAX_PLAN_TEXT_CHARS = 200 * 1024 * 1024;
/** Largest exported binary (reports) accepted over IPC. */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;
/** Largest presenter message (one audience view as JSON) relayed between the two windows. */
export const MAX_PRESENTER_MESSAGE_CHARS = 2 * 1024 * 1024;

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'browser';
  /** Electron / Chromium versions, or the browser's user agent in browser mode. */
  runtime: string;
}

export interface OpenedFile {
  /** Absolute path in Electron; a handle key or the bare name in browser mode. */
  path: string;
  name: string;
  text: string;
}

export interface SavedFile {
  path: string;
  name: string;
  /** Set when a plan file in an older format was copied here before being replaced. */
  backupPath?: string;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const pathSchema = z.string().min(1).max(4096);
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((s) => !/[\\/\0]/.test(s), 'must be a bare file name');

/** The interface languages; main follows the renderer's (menu, close prompt, file dialogs). */
export const SHELL_LANGUAGES = ['en', 'fr'] as const;
export type ShellLanguage = (typeof SHELL_LANGUAGES)[number];

export const invokeSchemas = {
  'app:info': z.undefined(),
  'app:setLanguage': z.object({ language: z.enum(SHELL_LANGUAGES) }),
  'file:open': z.undefined(),
  'file:openPath': z.object({ path: pathSchema }),
  'file:save': z.object({ path: pathSchema, text: z.string().max(MAX_PLAN_TEXT_CHARS) }),
  'file:saveAs': z.object({ suggestedName: suggestedNameSchema, text: z.string().max(MAX_PLAN_TEXT_CHARS) }),
  'file:export': z.object({
    suggestedName: suggestedNameSchema,
    data: z.union([z.string().max(MAX_EXPORT_BYTES), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES)]),
    filters: z.array(fileFilterSchema).max(10),
  }),
  'recent:list': z.undefined(),
  'recent:clear': z.undefined(),
  'window:setTitle': z.object({ title: z.string().max(300), dirty: z.boolean() }),
  'room:control': roomControlRequestSchema,
  'report:printToPdf': z.undefined(),
  'presenter:open': z.object({ planId: z.string().regex(/^[\w-]{1,100}$/) }),
  'presenter:close': z.undefined(),
  'presenter:relay': z.object({ to: z.enum(['audience', 'facilitator']), text: z.string().max(MAX_PRESENTER_MESSAGE_CHARS) }),
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;

export interface InvokeChannels {
  'app:info': { req: undefined; res: AppInfo };
  /** The renderer's interface language: main rebuilds its menu and uses it for its dialogs, and remembers it. */
  'app:setLanguage': { req: { language: ShellLanguage }; res: void };
  'file:open': { req: undefined; res: OpenedFile | null };
  'file:openPath': { req: { path: string }; res: OpenedFile };
  'file:save': { req: { path: string; text: string }; res: SavedFile };
  'file:saveAs': { req: { suggestedName: string; text: string }; res: SavedFile | null };
  'file:export': { req: { suggestedName: string; data: string | Uint8Array; filters: FileFilter[] }; res: SavedFile | null };
  'recent:list': { req: undefined; res: RecentFile[] };
  'recent:clear': { req: undefined; res: void };
  'window:setTitle': { req: { title: string; dirty: boolean }; res: void };
  /** Room participation (phones on the room's network): src/core/room/protocol.ts. */
  'room:control': { req: RoomControlRequest; res: RoomControlAnswer };
  /** Prints the app window (its print view) to a PDF: US Letter, tagged, with an outline. */
  'report:printToPdf': { req: undefined; res: Uint8Array };
  'presenter:open': { req: { planId: string }; res: AudienceWindowInfo };
  'presenter:close': { req: undefined; res: void };
  'presenter:relay': { req: { to: PresenterRole; text: string }; res: void };
}

/** Which window a presenter message goes to. */
export type PresenterRole = 'audience' | 'facilitator';

/** Where the audience window opened: full screen on a second display, or as a window on this one. */
export interface AudienceWindowInfo {
  placement: 'secondDisplay' | 'window';
}

/** Main -> renderer: a presenter message relayed from the other window (a JSON string). */
export const PRESENTER_CHANNEL = 'presenter:message';

/** Commands the application menu sends to the renderer (the renderer's command registry runs them). */
export const MENU_COMMANDS = [
  'plan.new',
  'plan.open',
  'plan.save',
  'plan.saveAs',
  'plan.close',
  'edit.undo',
  'edit.redo',
  'help.about',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];

export interface MenuCommand {
  id: MenuCommandId | 'recent.open';
  /** For `recent.open`: the file path. */
  path?: string;
}

export const MENU_CHANNEL = 'menu:command';

/** Errors main sends back are plain `Error`s whose message starts with one of these codes. */
export type IpcErrorCode = 'invalid-payload' | 'not-found' | 'not-a-file' | 'too-large' | 'io-error' | 'untrusted-sender';

/**
 * What the preload exposes to the page as `window.cswbDesktop`: named methods only, one per
 * channel, never `ipcRenderer` itself.
 */
export interface DesktopBridge {
  appInfo(): Promise<AppInfo>;
  /** Tells main the interface language (menu, close prompt and file dialogs follow it). */
  setLanguage(language: ShellLanguage): Promise<void>;
  openFile(): Promise<OpenedFile | null>;
  openPath(path: string): Promise<OpenedFile>;
  save(path: string, text: string): Promise<SavedFile>;
  saveAs(suggestedName: string, text: string): Promise<SavedFile | null>;
  exportFile(suggestedName: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SavedFile | null>;
  recentFiles(): Promise<RecentFile[]>;
  clearRecent(): Promise<void>;
  setTitle(title: string, dirty: boolean): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  roomControl(request: RoomControlRequest): Promise<RoomControlAnswer>;
  printToPdf(): Promise<Uint8Array>;
  /** Opens the audience window for a plan (or shows the one already open). */
  openAudienceWindow(planId: string): Promise<AudienceWindowInfo>;
  closeAudienceWindow(): Promise<void>;
  /** Sends a presenter message to the other window, through main. */
  relayPresenterMessage(to: PresenterRole, text: string): Promise<void>;
  onPresenterMessage(listener: (text: string) => void): () => void;
}
