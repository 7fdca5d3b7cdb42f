/**
 * Builds the app's managers and the services they share. Nothing runs until index.ts calls
 * `initialize()` on each manager once Electron is ready.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import type { AppInfo } from '@shared/ipc-contract';
import { APP_ENTRY_URL } from './app-protocol';
import { FileService } from './file-service';
import { createInvokeHandlers } from './invoke-handlers';
import { IpcManager } from './ipc';
import { MenuManager } from './menu-manager';
import { nativeFileDialogs } from './native-dialogs';
import { PresenterWindowManager } from './presenter-window';
import { RECENT_FILES_NAME, RecentFilesStore } from './recent-files';
import { RoomManager } from './room-manager';
import { SecurityManager } from './security-manager';
import { SETTINGS_NAME, ShellLanguageStore } from './shell-language';
import { MainWindowManager } from './window';

export interface AppManagers {
  security: SecurityManager;
  ipc: IpcManager;
  menu: MenuManager;
  mainWindow: MainWindowManager<BrowserWindow>;
  presenter: PresenterWindowManager<BrowserWindow>;
  room: RoomManager;
}

export function createAppManagers(options: { testMode: boolean; onCloseCancelled(): void }): AppManagers {
  // The dev server URL is honoured only in an unpackaged app: a packaged app never loads remote pages.
  const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
  // The renderer reports its language (app:setLanguage); until it does, the remembered one.
  const language = new ShellLanguageStore({ file: join(app.getPath('userData'), SETTINGS_NAME), systemLocale: () => app.getLocale() });
  const labels = () => language.labels();
  const appName = app.getName();
  const isMac = process.platform === 'darwin';
  const icon = join(import.meta.dirname, '../../resources/icon.png'); // macOS uses the bundle's icon

  const security = new SecurityManager({ rendererRoot: join(import.meta.dirname, '../renderer'), devServerUrl, testMode: options.testMode });
  const recent = new RecentFilesStore({ file: join(app.getPath('userData'), RECENT_FILES_NAME) });
  const files: FileService = new FileService({
    dialogs: nativeFileDialogs(() => mainWindow.get()),
    defaultDirectory: () => app.getPath('documents'),
    recent,
    labels,
  });
  const mainWindow: MainWindowManager<BrowserWindow> = new MainWindowManager<BrowserWindow>({
    createWindow: (windowOptions) => new BrowserWindow(windowOptions),
    showMessageBox: (win, boxOptions) => dialog.showMessageBox(win, boxOptions),
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    appName,
    isMac,
    labels,
    icon: !isMac && existsSync(icon) ? icon : undefined,
    isFileDialogOpen: () => files.isDialogOpen(),
    onCloseCancelled: options.onCloseCancelled,
  });
  const menu = new MenuManager({
    recent,
    language,
    send: (command) => mainWindow.send(command),
    installMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    appName,
    isDev: Boolean(devServerUrl),
    isMac,
  });
  const appInfo = (): AppInfo => ({
    name: appName,
    version: app.getVersion(),
    shell: 'electron',
    runtime: `Electron ${process.versions.electron} / Chromium ${process.versions.chrome}`,
  });
  const presenter = new PresenterWindowManager<BrowserWindow>({
    createWindow: (windowOptions) => new BrowserWindow(windowOptions),
    displays: () => {
      const facilitator = mainWindow.get();
      return {
        all: screen.getAllDisplays(),
        facilitatorDisplayId: facilitator ? screen.getDisplayMatching(facilitator.getBounds()).id : screen.getPrimaryDisplay().id,
      };
    },
    facilitator: () => mainWindow.get(),
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    title: appName, // the audience page sets its own, translated title
  });
  const room = new RoomManager();
  const ipc = new IpcManager(ipcMain, createInvokeHandlers({ files, recent, window: mainWindow, appInfo, language, presenter, room }), {
    isTrustedSender: security.isAppUrl,
  });
  return { security, ipc, menu, mainWindow, presenter, room };
}
