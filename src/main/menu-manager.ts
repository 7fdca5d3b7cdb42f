/**
 * Installs the application menu and rebuilds it whenever the recent files list or the interface
 * language changes. Electron's `Menu` is passed in (`installMenu`) so this runs in Node tests.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '@shared/ipc-contract';
import { buildMenuTemplate } from './menu';
import type { MainLabels, MainLanguage } from './menu-labels';
import type { RecentFilesStore } from './recent-files';

export interface MenuManagerOptions {
  recent: Pick<RecentFilesStore, 'list' | 'clear' | 'onChange'>;
  /** The shell's language (shell-language.ts): labels now, and news of a change. */
  language: { labels(): MainLabels; onChange(listener: (language: MainLanguage) => void): () => void };
  send(command: MenuCommand): void;
  /** `Menu.setApplicationMenu(Menu.buildFromTemplate(template))` in the app. */
  installMenu(template: MenuItemConstructorOptions[]): void;
  appName: string;
  isDev: boolean;
  isMac: boolean;
}

export class MenuManager {
  private readonly unsubscribe: Array<() => void> = [];
  private recentFiles: RecentFile[] = [];

  constructor(private readonly options: MenuManagerOptions) {}

  initialize(): void {
    this.render();
    this.unsubscribe.push(
      this.options.recent.onChange((list) => this.render(list)),
      this.options.language.onChange(() => this.render()),
    );
    void this.options.recent.list().then((list) => this.render(list));
  }

  dispose(): void {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
  }

  private render(recentFiles: RecentFile[] = this.recentFiles): void {
    this.recentFiles = recentFiles;
    const template = buildMenuTemplate({
      isMac: this.options.isMac,
      isDev: this.options.isDev,
      appName: this.options.appName,
      recentFiles,
      send: this.options.send,
      clearRecent: () => void this.options.recent.clear(),
      labels: this.options.language.labels(),
    });
    this.options.installMenu(template);
  }
}
