/**
 * The preload: exposes `window.cswbDesktop` (the contract's DesktopBridge) and nothing else.
 *
 * Runs sandboxed, so it must stay one CommonJS file that requires only 'electron': every import
 * from the contract is type-only, and channel names are literals checked against the contract's
 * types. The page never sees ipcRenderer or IPC event objects.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge, InvokeChannel, InvokeChannels, MENU_CHANNEL, MenuCommand, PRESENTER_CHANNEL, ShellLanguage } from '@shared/ipc-contract';

const MENU: typeof MENU_CHANNEL = 'menu:command';
const PRESENTER: typeof PRESENTER_CHANNEL = 'presenter:message';

function invoke<C extends InvokeChannel>(channel: C, request: InvokeChannels[C]['req']): Promise<InvokeChannels[C]['res']> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeChannels[C]['res']>;
}

/** Copies only the fields of a menu command, so nothing else from main reaches the page. */
function toMenuCommand(value: unknown): MenuCommand | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, path } = value as { id?: unknown; path?: unknown };
  if (typeof id !== 'string') return null;
  return typeof path === 'string' ? ({ id, path } as MenuCommand) : ({ id } as MenuCommand);
}

const bridge = {
  appInfo: () => invoke('app:info', undefined),
  setLanguage: (language: ShellLanguage) => invoke('app:setLanguage', { language }),
  openFile: () => invoke('file:open', undefined),
  openPath: (path: string) => invoke('file:openPath', { path }),
  save: (path: string, text: string) => invoke('file:save', { path, text }),
  saveAs: (suggestedName: string, text: string) => invoke('file:saveAs', { suggestedName, text }),
  exportFile: (suggestedName, data, filters) => invoke('file:export', { suggestedName, data, filters }),
  recentFiles: () => invoke('recent:list', undefined),
  clearRecent: () => invoke('recent:clear', undefined),
  setTitle: (title: string, dirty: boolean) => invoke('window:setTitle', { title, dirty }),
  roomControl: (request) => invoke('room:control', request),
  printToPdf: () => invoke('report:printToPdf', undefined),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, value: unknown): void => {
      const command = toMenuCommand(value);
      if (command) listener(command);
    };
    ipcRenderer.on(MENU, forward);
    return () => {
      ipcRenderer.removeListener(MENU, forward);
    };
  },
  openAudienceWindow: (planId: string) => invoke('presenter:open', { planId }),
  closeAudienceWindow: () => invoke('presenter:close', undefined),
  relayPresenterMessage: (to, text) => invoke('presenter:relay', { to, text }),
  onPresenterMessage(listener) {
    // Only the text crosses over: never the IPC event.
    const forward = (_event: IpcRendererEvent, value: unknown): void => {
      if (typeof value === 'string') listener(value);
    };
    ipcRenderer.on(PRESENTER, forward);
    return () => {
      ipcRenderer.removeListener(PRESENTER, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('cswbDesktop', bridge);
