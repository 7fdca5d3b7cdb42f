/** Platform implementation over the preload bridge (`window.cswbDesktop`, src/preload). */
import type { DesktopBridge } from '@shared/ipc-contract';
import type { Platform } from './types';
import { ipcTransport } from '../presenter/ipc-transport';

export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    openPlanFile: () => bridge.openFile(),
    openRecent: (path) => bridge.openPath(path),
    savePlanFile: (path, text) => bridge.save(path, text),
    savePlanFileAs: (name, text) => bridge.saveAs(name, text),
    exportFile: (name, data, filters) => bridge.exportFile(name, data, filters),
    canSaveInPlace: () => true,
    recentFiles: () => bridge.recentFiles(),
    clearRecentFiles: () => bridge.clearRecent(),
    setWindowTitle: (title, dirty) => {
      void bridge.setTitle(title, dirty);
    },
    setLanguage: (language) => {
      document.documentElement.lang = language;
      bridge.setLanguage(language).catch((error: Error) => console.warn(`The menu could not follow the language: ${error.message}`));
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    roomControl: (request) => bridge.roomControl(request),
    printToPdf: () => bridge.printToPdf(),
    openAudienceWindow: (planId) => bridge.openAudienceWindow(planId),
    closeAudienceWindow: () => bridge.closeAudienceWindow(),
    presenterTransport: (_planId, role) => ipcTransport(bridge, role),
  };
}
