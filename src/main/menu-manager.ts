/** Installs the application menu and rebuilds it whenever the recent files list changes. */
import { Menu } from 'electron';
import type { MenuCommand, RecentFile } from '@shared/ipc-contract';
import { buildMenuTemplate } from './menu';
import type { MainLabels } from './menu-labels';
import type { RecentFilesStore } from './recent-files';

export interface MenuManagerOptions {
  recent: RecentFilesStore;
  send(command: MenuCommand): void;
  appName: string;
  isDev: boolean;
  labels: MainLabels;
}

export class MenuManager {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: MenuManagerOptions) {}

  initialize(): void {
    this.render([]);
    this.unsubscribe = this.options.recent.onChange((list) => this.render(list));
    void this.options.recent.list().then((list) => this.render(list));
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private render(recentFiles: RecentFile[]): void {
    const template = buildMenuTemplate({
      isMac: process.platform === 'darwin',
      isDev: this.options.isDev,
      appName: this.options.appName,
      recentFiles,
      send: this.options.send,
      clearRecent: () => void this.options.recent.clear(),
      labels: this.options.labels,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
}
