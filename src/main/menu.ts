/**
 * The application menu as data. Commands that change the plan are not run here: each item posts
 * a `MenuCommand` to the renderer, whose command registry runs it (so menu, keyboard and buttons
 * share one implementation). Only window-level things (zoom, fullscreen, quit) use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuCommandId, RecentFile } from '@shared/ipc-contract';
import { MENU_LABELS, type MainLabels } from './menu-labels';

export interface MenuTemplateOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  recentFiles: readonly RecentFile[];
  /** Posts a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** File > Open Recent > Clear (main owns the list). */
  clearRecent(): void;
  labels?: MainLabels;
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev, send } = options;
  const l = options.labels ?? MENU_LABELS.en;
  const command = (id: MenuCommandId, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send({ id }),
  });

  const recentItems: MenuItemConstructorOptions[] = options.recentFiles.length
    ? options.recentFiles.map((file, index) => ({
        id: `recent.open:${index}`,
        label: file.name,
        sublabel: file.path,
        click: () => send({ id: 'recent.open', path: file.path }),
      }))
    : [{ id: 'recent.none', label: l.noRecent, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      command('plan.new', l.newPlan, 'CmdOrCtrl+N'),
      command('plan.open', l.open, 'CmdOrCtrl+O'),
      {
        id: 'recent',
        label: l.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { id: 'recent.clear', label: l.clearRecent, enabled: options.recentFiles.length > 0, click: () => options.clearRecent() },
        ],
      },
      { type: 'separator' },
      command('plan.save', l.save, 'CmdOrCtrl+S'),
      command('plan.saveAs', l.saveAs, 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('plan.close', l.closePlan, 'CmdOrCtrl+W'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      command('edit.undo', l.undo, 'CmdOrCtrl+Z'),
      command('edit.redo', l.redo, 'CmdOrCtrl+Shift+Z'),
      // Windows and Linux users also expect Ctrl+Y. A hidden item's accelerator still fires there.
      ...(isMac ? [] : [{ ...command('edit.redo', l.redo, 'CmdOrCtrl+Y'), id: 'edit.redo.alt', visible: false }]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [command('help.about', l.about)],
  };

  const macApp: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { ...command('help.about', l.about), id: 'help.about.app' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return isMac ? [macApp, file, edit, view, { role: 'windowMenu', label: l.window }, help] : [file, edit, view, help];
}
