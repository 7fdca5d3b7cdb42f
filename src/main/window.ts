/**
 * The one app window: locked-down webPreferences, title and "edited" state reported by the
 * renderer, and the unsaved-changes flow on close (decisions in close-decision.ts).
 *
 * Electron objects are passed in (`createWindow`, `showMessageBox`) so the wiring is tested in
 * Node with a fake window (tests/main/window.test.ts).
 */
import type { BrowserWindowConstructorOptions, MessageBoxOptions, PrintToPDFOptions, WebPreferences } from 'electron';
import type { MenuCommand } from '@shared/ipc-contract';
import { MENU_CHANNEL } from '@shared/ipc-contract';
import { choiceFromButton, INITIAL_CLOSE_STATE, nextCloseStep, SAVE_TIMEOUT_MS, type CloseEffect, type CloseEvent, type CloseState } from './close-decision';
import { MENU_LABELS, type MainLabels } from './menu-labels';

/** The renderer gets no Node, no remote content, no webviews. Asserted by tests/electron too. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** macOS shows "edited" in the close button (setDocumentEdited); elsewhere the title gets a bullet. */
export function formatWindowTitle(title: string, dirty: boolean, isMac: boolean, appName: string): string {
  const base = title.trim() || appName;
  return dirty && !isMac ? `• ${base}` : base;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's BrowserWindow the manager uses. */
export interface ManagedWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: PreventableEvent) => void): unknown;
  show(): void;
  focus(): void;
  close(): void;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  loadURL(url: string): Promise<void>;
  webContents: {
    send(channel: string, ...args: unknown[]): void;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
}

export interface MainWindowOptions<W extends ManagedWindow> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  showMessageBox(window: W, options: MessageBoxOptions): Promise<{ response: number }>;
  preloadPath: string;
  /** app://cswb/index.html, or the dev server URL in development. */
  url: string;
  appName: string;
  isMac: boolean;
  icon?: string;
  /** The close prompt's labels, in the interface's language at the time it shows. */
  labels?: () => MainLabels;
  /** Whether a native file dialog is up (the close flow keeps waiting for a Save As). */
  isFileDialogOpen(): boolean;
  /** The user cancelled closing (a pending quit should be forgotten). */
  onCloseCancelled?(): void;
  saveTimeoutMs?: number;
}

export class MainWindowManager<W extends ManagedWindow = ManagedWindow> {
  private window: W | null = null;
  private closeState: CloseState = INITIAL_CLOSE_STATE;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private title: string;
  private readonly labels: () => MainLabels;

  constructor(private readonly options: MainWindowOptions<W>) {
    this.title = options.appName;
    this.labels = options.labels ?? (() => MENU_LABELS.en);
  }

  /** Creates the window (again, on macOS after it was closed) and starts loading the app. */
  initialize(): W {
    if (this.window && !this.window.isDestroyed()) return this.window;
    this.closeState = INITIAL_CLOSE_STATE;
    const win = this.options.createWindow({
      width: 1280,
      height: 860,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      title: this.options.appName,
      backgroundColor: '#ffffff',
      ...(this.options.icon ? { icon: this.options.icon } : {}),
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    this.window = win;
    win.on('ready-to-show', () => win.show());
    // The renderer reports the title through window:setTitle; <title> changes must not override it.
    win.on('page-title-updated', (event) => event.preventDefault());
    win.on('close', (event) => this.dispatch({ type: 'close-requested' }, event));
    win.on('closed', () => {
      this.clearSaveTimer();
      if (this.window === win) this.window = null;
    });
    win.loadURL(this.options.url).catch((error: Error) => console.error(`Could not load ${this.options.url}: ${error.message}`));
    return win;
  }

  get(): W | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  /** Brings the window to the front (second instance, dock click). */
  focus(): void {
    const win = this.get();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  send(command: MenuCommand): void {
    this.get()?.webContents.send(MENU_CHANNEL, command);
  }

  /** window:setTitle from the renderer: the plan's name and whether it has unsaved changes. */
  setTitle(title: string, dirty: boolean): void {
    this.title = title.trim() || this.options.appName;
    const win = this.get();
    if (win) {
      win.setTitle(formatWindowTitle(title, dirty, this.options.isMac, this.options.appName));
      if (this.options.isMac) win.setDocumentEdited(dirty);
    }
    this.dispatch({ type: 'dirty-changed', dirty });
  }

  dispose(): void {
    this.clearSaveTimer();
  }

  /**
   * report:printToPdf: the window as a PDF. The renderer shows its print view first; `@media
   * print` hides the app around it. Tagged (screen readers) with an outline from the headings.
   */
  async printToPdf(): Promise<Uint8Array> {
    const win = this.get();
    if (!win) throw new Error('io-error: there is no window to print.');
    const pdf = await win.webContents.printToPDF({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  private dispatch(event: CloseEvent, closeEvent?: PreventableEvent): void {
    const step = nextCloseStep(this.closeState, event);
    this.closeState = step.state;
    for (const effect of step.effects) this.run(effect, closeEvent);
  }

  private run(effect: CloseEffect, closeEvent?: PreventableEvent): void {
    switch (effect) {
      case 'prevent-close':
        closeEvent?.preventDefault();
        return;
      case 'show-dialog':
        void this.askAboutUnsavedChanges();
        return;
      case 'send-save':
        this.send({ id: 'plan.save' });
        return;
      case 'start-save-timer':
        this.clearSaveTimer();
        this.saveTimer = setTimeout(
          () => this.dispatch({ type: 'save-timeout', fileDialogOpen: this.options.isFileDialogOpen() }),
          this.options.saveTimeoutMs ?? SAVE_TIMEOUT_MS,
        );
        return;
      case 'clear-save-timer':
        this.clearSaveTimer();
        return;
      case 'close-window':
        // Outside the current event handler, so Electron sees a fresh close request.
        setImmediate(() => this.get()?.close());
        return;
      case 'close-cancelled':
        this.options.onCloseCancelled?.();
        return;
    }
  }

  private async askAboutUnsavedChanges(): Promise<void> {
    const win = this.get();
    if (!win) return;
    const l = this.labels();
    let response = 2;
    try {
      ({ response } = await this.options.showMessageBox(win, {
        type: 'warning',
        buttons: [l.saveButton, l.dontSaveButton, l.cancelButton],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: l.unsavedMessage.replace('{name}', this.title),
        detail: l.unsavedDetail,
      }));
    } catch (error) {
      console.error(`Could not show the unsaved changes dialog: ${(error as Error).message}`);
    }
    this.dispatch({ type: 'dialog-answered', choice: choiceFromButton(response) });
  }

  private clearSaveTimer(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }
}
