/**
 * Electron entry: decides where data lives, takes the single-instance lock, then starts one
 * manager per concern (security, IPC, menu, window; see app-managers.ts).
 */
import { app, protocol } from 'electron';
import { createAppManagers } from './app-managers';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { decideUserData } from './test-mode';

const userData = decideUserData(process.env);
if (userData.kind === 'refuse') {
  console.error(`CSWB Workshop will not start: ${userData.reason}`);
  app.exit(1);
} else {
  if (userData.kind === 'override') app.setPath('userData', userData.dir); // before the lock, which lives in userData
  if (!app.requestSingleInstanceLock()) app.quit();
  else start(userData.testMode);
}

function start(testMode: boolean): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]); // must happen before ready
  let quitting = false; // macOS keeps the app alive without windows, except when quitting
  const { security, ipc, menu, mainWindow, room } = createAppManagers({ testMode, onCloseCancelled: () => (quitting = false) });
  const managers = [security, ipc, menu, mainWindow, room];

  app.on('second-instance', () => mainWindow.focus());
  app.on('activate', () => app.isReady() && mainWindow.initialize());
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => (process.platform !== 'darwin' || quitting) && app.quit());
  app.on('will-quit', () => managers.forEach((manager) => manager.dispose()));
  void app.whenReady().then(() => managers.forEach((manager) => manager.initialize()));
}
