/** Electron's file dialogs, attached to the app window when there is one (modal on macOS). */
import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './file-service';

export function nativeFileDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    showOpenDialog(request) {
      const win = getWindow();
      return win ? dialog.showOpenDialog(win, request) : dialog.showOpenDialog(request);
    },
    showSaveDialog(request) {
      const win = getWindow();
      return win ? dialog.showSaveDialog(win, request) : dialog.showSaveDialog(request);
    },
  };
}
