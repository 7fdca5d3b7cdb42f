import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, RecentFile } from '@shared/ipc-contract';
import { MENU_COMMANDS } from '@shared/ipc-contract';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../src/main/menu';
import { MENU_LABELS, labelsFor, type MainLabels } from '../../src/main/menu-labels';

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const sent: MenuCommand[] = [];
  const clearRecent = vi.fn();
  const template = buildMenuTemplate({
    isMac: false,
    isDev: false,
    appName: 'CSWB Workshop',
    recentFiles: [],
    send: (command) => sent.push(command),
    clearRecent,
    ...overrides,
  });
  return { template, sent, clearRecent };
}

/** Every item in the tree, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`item ${item?.id ?? item?.label} has no click`);
  (item.click as () => void)();
}

const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((item) => item.id === id);

describe('buildMenuTemplate', () => {
  it.each([false, true])('maps every accelerator to the right command (isMac=%s)', (isMac) => {
    const { template, sent } = build({ isMac });
    const expected: Array<[string, MenuCommand['id']]> = [
      ['CmdOrCtrl+N', 'plan.new'],
      ['CmdOrCtrl+O', 'plan.open'],
      ['CmdOrCtrl+S', 'plan.save'],
      ['CmdOrCtrl+Shift+S', 'plan.saveAs'],
      ['CmdOrCtrl+W', 'plan.close'],
      ['CmdOrCtrl+Z', 'edit.undo'],
      ['CmdOrCtrl+Shift+Z', 'edit.redo'],
    ];
    for (const [accelerator, id] of expected) {
      const items = flatten(template).filter((item) => item.accelerator === accelerator);
      expect(items, accelerator).toHaveLength(1);
      sent.length = 0;
      click(items[0]);
      expect(sent, accelerator).toEqual([{ id }]);
    }
  });

  it('adds Ctrl+Y for redo on Windows and Linux only, as a hidden item', () => {
    const other = build({ isMac: false });
    const ctrlY = flatten(other.template).filter((item) => item.accelerator === 'CmdOrCtrl+Y');
    expect(ctrlY).toHaveLength(1);
    expect(ctrlY[0]!.visible).toBe(false);
    click(ctrlY[0]);
    expect(other.sent).toEqual([{ id: 'edit.redo' }]);
    expect(flatten(build({ isMac: true }).template).some((item) => item.accelerator === 'CmdOrCtrl+Y')).toBe(false);
  });

  it('never binds one accelerator twice', () => {
    for (const isMac of [false, true]) {
      const accelerators = flatten(build({ isMac, isDev: true }).template)
        .map((item) => item.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('sends every menu command of the contract from some item', () => {
    const { template, sent } = build();
    for (const item of flatten(template)) if (item.click && !item.id?.startsWith('recent')) click(item);
    expect(new Set(sent.map((c) => c.id))).toEqual(new Set(MENU_COMMANDS));
  });

  it('lists recent files that open by path, and a Clear item', () => {
    const recentFiles: RecentFile[] = [
      { path: '/plans/Durham.cswb', name: 'Durham.cswb', openedAt: '2025-01-02T00:00:00.000Z' },
      { path: '/plans/Peel.cswb', name: 'Peel.cswb', openedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const { template, sent, clearRecent } = build({ recentFiles });
    const recent = byId(template, 'recent')!;
    const items = recent.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label ?? item.type)).toEqual(['Durham.cswb', 'Peel.cswb', 'separator', 'Clear Recent']);
    click(items[1]);
    expect(sent).toEqual([{ id: 'recent.open', path: '/plans/Peel.cswb' }]);
    const clear = byId(template, 'recent.clear')!;
    expect(clear.enabled).toBe(true);
    click(clear);
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder and a disabled Clear when there are no recent files', () => {
    const { template } = build({ recentFiles: [] });
    expect(byId(template, 'recent.none')).toMatchObject({ enabled: false, label: 'No Recent Plans' });
    expect(byId(template, 'recent.clear')!.enabled).toBe(false);
  });

  it('has File, Edit, View, Help on Windows/Linux (Quit in File) and the app menu first on macOS', () => {
    const other = build({ isMac: false }).template;
    expect(other.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(flatten(other).some((item) => item.role === 'quit')).toBe(true);
    const mac = build({ isMac: true }).template;
    expect(mac[0]!.label).toBe('CSWB Workshop');
    expect((mac[1]!.submenu as MenuItemConstructorOptions[]).some((item) => item.role === 'quit')).toBe(false);
    expect((mac[0]!.submenu as MenuItemConstructorOptions[]).some((item) => item.role === 'quit')).toBe(true);
  });

  it('keeps cut/copy/paste/selectAll and zoom/fullscreen as native roles', () => {
    const roles = flatten(build().template).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('offers reload and devtools only in development', () => {
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('uses the labels it is given', () => {
    const { template } = build({ labels: MENU_LABELS.fr });
    expect(template.map((m) => m.label)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Aide']);
    expect(byId(template, 'plan.saveAs')!.label).toBe('Enregistrer sous…');
  });
});

describe('menu labels', () => {
  it('has every label in every language, none empty', () => {
    const keys = Object.keys(MENU_LABELS.en).sort();
    for (const labels of Object.values(MENU_LABELS) as MainLabels[]) {
      expect(Object.keys(labels).sort()).toEqual(keys);
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });

  it('picks French for fr locales and English otherwise', () => {
    expect(labelsFor('fr-CA')).toBe(MENU_LABELS.fr);
    expect(labelsFor('en-CA')).toBe(MENU_LABELS.en);
    expect(labelsFor(undefined)).toBe(MENU_LABELS.en);
  });
});
