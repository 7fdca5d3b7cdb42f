import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, MessageBoxOptions } from 'electron';
import { MENU_CHANNEL } from '@shared/ipc-contract';
import { MENU_LABELS, type MainLabels } from '../../src/main/menu-labels';
import { formatWindowTitle, MainWindowManager, secureWebPreferences, type ManagedWindow } from '../../src/main/window';

/** Stands in for a BrowserWindow: records calls and lets the test fire its events. */
class FakeWindow implements ManagedWindow {
  readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  readonly sent: Array<[string, unknown]> = [];
  readonly printed: unknown[] = [];
  readonly webContents = {
    send: (channel: string, value: unknown) => void this.sent.push([channel, value]),
    printToPDF: async (options: unknown) => (this.printed.push(options), new Uint8Array([37, 80, 68, 70])),
  };
  title = '';
  edited = false;
  destroyed = false;
  shown = false;
  loaded = '';

  constructor(readonly options: BrowserWindowConstructorOptions) {}
  on(event: string, listener: ((event: { preventDefault(): void }) => void) | (() => void)): this {
    this.listeners.set(event, listener);
    return this;
  }
  private fire(event: string): void {
    this.listeners.get(event)?.({ preventDefault() {} });
  }
  /** Fires 'close' like the user clicking the X; returns whether the close went through. */
  requestClose(): boolean {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    this.listeners.get('close')!(event);
    if (!event.prevented) {
      this.destroyed = true;
      this.fire('closed');
    }
    return !event.prevented;
  }
  close(): void {
    this.requestClose();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
}

function setup(options: { isMac?: boolean; answers?: number[]; fileDialogOpen?: () => boolean; labels?: () => MainLabels } = {}) {
  const windows: FakeWindow[] = [];
  const dialogs: MessageBoxOptions[] = [];
  const answers = [...(options.answers ?? [])];
  const onCloseCancelled = vi.fn();
  const manager = new MainWindowManager<FakeWindow>({
    createWindow: (opts) => {
      const win = new FakeWindow(opts);
      windows.push(win);
      return win;
    },
    showMessageBox: async (_win, box) => {
      dialogs.push(box);
      return { response: answers.shift() ?? 2 };
    },
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://cswb/index.html',
    appName: 'CSWB Workshop',
    isMac: options.isMac ?? false,
    isFileDialogOpen: options.fileDialogOpen ?? (() => false),
    onCloseCancelled,
    saveTimeoutMs: 1000,
    ...(options.labels ? { labels: options.labels } : {}),
  });
  const win = manager.initialize();
  return { manager, win, windows, dialogs, onCloseCancelled };
}

const settle = async () => {
  await vi.advanceTimersByTimeAsync(0);
  await vi.runOnlyPendingTimersAsync().catch(() => undefined);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('MainWindowManager', () => {
  it('creates one locked-down window with the preload and a minimum size, and loads the app', () => {
    const { win, manager } = setup();
    expect(manager.initialize()).toBe(win);
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(win.options).toMatchObject({ show: false, minWidth: 1024, minHeight: 700 });
    expect(win.loaded).toBe('app://cswb/index.html');
    win.listeners.get('ready-to-show')!({ preventDefault() {} });
    expect(win.shown).toBe(true);
  });

  it('keeps the page from replacing the title', () => {
    const { win } = setup();
    const event = { preventDefault: vi.fn() };
    win.listeners.get('page-title-updated')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('shows dirty state with a bullet on Windows/Linux and with documentEdited on macOS', () => {
    const other = setup({ isMac: false });
    other.manager.setTitle('Durham 2025 — CSWB Workshop', true);
    expect(other.win.title).toBe('• Durham 2025 — CSWB Workshop');
    const mac = setup({ isMac: true });
    mac.manager.setTitle('Durham 2025', true);
    expect(mac.win.title).toBe('Durham 2025');
    expect(mac.win.edited).toBe(true);
    mac.manager.setTitle('Durham 2025', false);
    expect(mac.win.edited).toBe(false);
  });

  it('closes without a dialog when the plan is saved', () => {
    const { win, dialogs } = setup();
    expect(win.requestClose()).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('asks Save / Don’t save / Cancel when dirty, and Cancel keeps the window', async () => {
    const { win, manager, dialogs, onCloseCancelled } = setup({ answers: [2] });
    manager.setTitle('Durham 2025', true);
    expect(win.requestClose()).toBe(false);
    await settle();
    expect(dialogs[0]).toMatchObject({ buttons: ['Save', 'Don’t Save', 'Cancel'], defaultId: 0, cancelId: 2 });
    expect(dialogs[0]!.message).toContain('Durham 2025');
    expect(win.destroyed).toBe(false);
    expect(onCloseCancelled).toHaveBeenCalledOnce();
  });

  it('asks in the interface language of the moment the prompt shows', async () => {
    let labels = MENU_LABELS.en;
    const { win, manager, dialogs } = setup({ answers: [2, 2], labels: () => labels });
    manager.setTitle('Durham 2025', true);
    labels = MENU_LABELS.fr; // the renderer switched to French after the window was created
    win.requestClose();
    await settle();
    expect(dialogs[0]).toMatchObject({
      buttons: ['Enregistrer', 'Ne pas enregistrer', 'Annuler'],
      message: 'Enregistrer les modifications de « Durham 2025 » avant de fermer?',
    });
  });

  it("Don't save closes the window", async () => {
    const { win, manager } = setup({ answers: [1] });
    manager.setTitle('Plan', true);
    win.requestClose();
    await settle();
    expect(win.destroyed).toBe(true);
  });

  it('Save sends plan.save and closes once the renderer reports a clean plan', async () => {
    const { win, manager } = setup({ answers: [0] });
    manager.setTitle('Plan', true);
    win.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(win.sent).toEqual([[MENU_CHANNEL, { id: 'plan.save' }]]);
    expect(win.destroyed).toBe(false);
    manager.setTitle('Plan', false);
    await vi.advanceTimersByTimeAsync(0);
    expect(win.destroyed).toBe(true);
  });

  it('asks again when the save does not complete before the timeout', async () => {
    const { win, manager, dialogs } = setup({ answers: [0, 2] });
    manager.setTitle('Plan', true);
    win.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(dialogs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialogs).toHaveLength(2);
    expect(win.destroyed).toBe(false);
  });

  it('keeps waiting while a Save As dialog is open', async () => {
    let fileDialogOpen = true;
    const { win, manager, dialogs } = setup({ answers: [0], fileDialogOpen: () => fileDialogOpen });
    manager.setTitle('Untitled', true);
    win.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(dialogs).toHaveLength(1);
    fileDialogOpen = false;
    manager.setTitle('Saved', false);
    await vi.advanceTimersByTimeAsync(0);
    expect(win.destroyed).toBe(true);
  });

  it('sends menu commands to the window and nothing after it is gone', () => {
    const { win, manager } = setup();
    manager.send({ id: 'recent.open', path: '/a.cswb' });
    expect(win.sent).toEqual([[MENU_CHANNEL, { id: 'recent.open', path: '/a.cswb' }]]);
    win.requestClose();
    expect(manager.get()).toBeNull();
    expect(() => manager.send({ id: 'plan.new' })).not.toThrow();
  });

  it('creates a fresh window after the first one closed (macOS dock click)', () => {
    const { win, manager, windows } = setup();
    win.requestClose();
    const second = manager.initialize();
    expect(second).not.toBe(win);
    expect(windows).toHaveLength(2);
  });

  it('prints the window to a tagged US Letter PDF with an outline (report:printToPdf)', async () => {
    const { win, manager } = setup();
    expect(await manager.printToPdf()).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(win.printed).toEqual([{ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }]);
    win.requestClose();
    await expect(manager.printToPdf()).rejects.toThrow(/no window/);
  });
});

describe('formatWindowTitle / secureWebPreferences', () => {
  it('falls back to the app name for an empty title', () => {
    expect(formatWindowTitle('  ', false, false, 'CSWB Workshop')).toBe('CSWB Workshop');
    expect(formatWindowTitle('', true, false, 'CSWB Workshop')).toBe('• CSWB Workshop');
  });

  it('isolates the renderer', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
      preload: '/p.cjs',
    });
  });
});
