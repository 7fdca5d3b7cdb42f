/**
 * The main-process side of every invoke channel, as one typed map (see ipc.ts for validation).
 * Each entry only forwards to the service that owns the concern.
 */
import type { AppInfo, AudienceWindowInfo, PresenterRole, RecentFile, ShellLanguage } from '@shared/ipc-contract';
import type { RoomControlAnswer, RoomControlRequest } from '@core/room';
import type { FileService } from './file-service';
import type { InvokeHandlers } from './ipc';

export interface InvokeHandlerDeps {
  files: Pick<FileService, 'open' | 'openPath' | 'save' | 'saveAs' | 'exportFile'>;
  recent: { list(): Promise<RecentFile[]>; clear(): Promise<void> };
  window: { setTitle(title: string, dirty: boolean): void; printToPdf(): Promise<Uint8Array> };
  appInfo(): AppInfo;
  /** The shell's language (shell-language.ts). */
  language: { set(language: ShellLanguage): Promise<void> };
  /** Room participation (room-manager.ts). */
  room: { control(request: RoomControlRequest): Promise<RoomControlAnswer> };
  /** The audience window (presenter-window.ts). */
  presenter: { open(planId: string): AudienceWindowInfo; close(): void; relay(to: PresenterRole, text: string): void };
}

export function createInvokeHandlers(deps: InvokeHandlerDeps): InvokeHandlers {
  return {
    'app:info': async () => deps.appInfo(),
    'app:setLanguage': ({ language }) => deps.language.set(language),
    'file:open': () => deps.files.open(),
    'file:openPath': ({ path }) => deps.files.openPath(path),
    'file:save': ({ path, text }) => deps.files.save(path, text),
    'file:saveAs': ({ suggestedName, text }) => deps.files.saveAs(suggestedName, text),
    'file:export': ({ suggestedName, data, filters }) => deps.files.exportFile(suggestedName, data, filters),
    'recent:list': () => deps.recent.list(),
    'recent:clear': () => deps.recent.clear(),
    'window:setTitle': async ({ title, dirty }) => deps.window.setTitle(title, dirty),
    'room:control': (request) => deps.room.control(request),
    'report:printToPdf': () => deps.window.printToPdf(),
    'presenter:open': async ({ planId }) => deps.presenter.open(planId),
    'presenter:close': async () => deps.presenter.close(),
    'presenter:relay': async ({ to, text }) => deps.presenter.relay(to, text),
  };
}
