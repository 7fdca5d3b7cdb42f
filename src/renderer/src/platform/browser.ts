/** Platform implementation for browser mode (the renderer as a page in Chromium on 127.0.0.1). */
import i18next from 'i18next';
import type { Platform } from './types';
import {
  clearHandles,
  download,
  isHandleKey,
  openRecentHandle,
  openWithPicker,
  recentHandles,
  saveWithPicker,
  writeToHandle,
} from './browser-files';
import { browserRoomControl } from './browser-room';
import { broadcastTransport, closeAudiencePopup, openAudiencePopup } from '../presenter/broadcast-transport';

const PLAN_MIME = 'application/json';
const MIME_BY_EXTENSION: Record<string, string> = {
  cswb: PLAN_MIME,
  json: PLAN_MIME,
  csv: 'text/csv',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function createBrowserPlatform(version: string): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({ name: 'CSWB Workshop', version, shell: 'browser', runtime: navigator.userAgent }),
    openPlanFile: () => openWithPicker(),
    openRecent: (path) => openRecentHandle(path),
    savePlanFile: async (path, text) => {
      if (isHandleKey(path)) return writeToHandle(path, text);
      return download(path.replace(/^download:/, ''), text, PLAN_MIME);
    },
    savePlanFileAs: (name, text) => saveWithPicker(name, text, [{ name: i18next.t('files:planFileType'), extensions: ['cswb'] }], PLAN_MIME),
    exportFile: (name, data, filters) => {
      const ext = name.split('.').pop()?.toLowerCase() ?? '';
      return saveWithPicker(name, data, filters, MIME_BY_EXTENSION[ext] ?? 'application/octet-stream');
    },
    canSaveInPlace: (path) => isHandleKey(path),
    recentFiles: () => recentHandles(),
    clearRecentFiles: () => clearHandles(),
    setWindowTitle: (title, dirty) => {
      document.title = dirty ? `• ${title}` : title;
    },
    // The browser's own menus and pickers follow its --lang, fixed when it started: only the page can follow.
    setLanguage: (language) => {
      document.documentElement.lang = language;
    },
    onMenuCommand: () => () => {},
    roomControl: (request) => browserRoomControl(request),
    openAudienceWindow: async (planId) => (openAudiencePopup(planId) ? { placement: 'window' } : null),
    closeAudienceWindow: async () => closeAudiencePopup(),
    presenterTransport: (planId) => broadcastTransport(planId),
  };
}
