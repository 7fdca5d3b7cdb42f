/**
 * The shell's language: app:setLanguage from the renderer rebuilds the menu in that language, is
 * used by later native dialogs, and is remembered for the next start (real files in a temp folder).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecentFile } from '@shared/ipc-contract';
import { FileService, type OpenDialogRequest } from '../../src/main/file-service';
import { createInvokeHandlers } from '../../src/main/invoke-handlers';
import { MenuManager } from '../../src/main/menu-manager';
import { parseSettings, serializeSettings, SETTINGS_NAME, ShellLanguageStore } from '../../src/main/shell-language';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cswb-language-'));
  file = join(dir, 'userData', SETTINGS_NAME); // the folder does not exist yet: the first write makes it
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const store = (systemLocale: string | undefined = 'en-CA') => new ShellLanguageStore({ file, systemLocale: () => systemLocale });

/** A recent-files store that holds a list in memory and tells its listeners. */
function memoryRecent(list: RecentFile[] = []) {
  const listeners = new Set<(list: RecentFile[]) => void>();
  return {
    list: async () => list,
    clear: async () => {
      list = [];
      for (const listener of listeners) listener(list);
    },
    onChange: (listener: (list: RecentFile[]) => void) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
}

/** A menu manager whose installed menus are kept, newest last. */
function menuFor(language: ShellLanguageStore, recent = memoryRecent()) {
  const installed: MenuItemConstructorOptions[][] = [];
  const menu = new MenuManager({ recent, language, send: () => undefined, installMenu: (t) => installed.push(t), appName: 'CSWB Workshop', isDev: false, isMac: false });
  const topLabels = () => installed.at(-1)!.map((item) => item.label);
  const item = (id: string) => flatten(installed.at(-1)!).find((entry) => entry.id === id);
  return { menu, installed, topLabels, item };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('parseSettings', () => {
  it.each([
    ['{"version":1,"language":"fr"}', { version: 1, language: 'fr' }],
    ['{"version":1,"language":"de"}', { version: 1 }],
    ['{"language":"FR"}', {}],
    ['{"language":["fr"]}', {}],
    ['not json', {}],
    ['["fr"]', {}],
    ['null', {}],
    ['', {}],
  ])('reads %s leniently', (text, expected) => {
    expect(parseSettings(text)).toEqual(expected);
  });

  it('round-trips, keeping fields a newer app wrote', () => {
    expect(parseSettings(serializeSettings({ language: 'fr', presenterDisplay: 2 }))).toEqual({ version: 1, language: 'fr', presenterDisplay: 2 });
  });
});

describe('ShellLanguageStore', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['en-CA', 'en'],
    ['es-MX', 'en'],
    [undefined, 'en'],
  ] as const)('follows the system locale %s when nothing is remembered', (locale, expected) => {
    expect(store(locale).current()).toBe(expected);
  });

  it('remembers the language for the next start, over the system locale', async () => {
    await store('en-CA').set('fr');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, language: 'fr' });
    const nextStart = store('en-CA');
    expect(nextStart.current()).toBe('fr');
    expect(nextStart.labels().file).toBe('&Fichier');
  });

  it('reads a corrupt or foreign file as nothing remembered, and rewrites it whole', async () => {
    await store().set('en'); // creates the folder
    await writeFile(file, '{"language":"klingon", "theme": "dark"');
    expect(store('fr-CA').current()).toBe('fr');
    await writeFile(file, '{"language":"klingon","theme":"dark"}');
    const language = store('fr-CA');
    await language.set('en');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, theme: 'dark', language: 'en' });
  });

  it('tells listeners only when the language really changes', async () => {
    const language = store('fr-CA');
    const heard: string[] = [];
    const stop = language.onChange((lang) => heard.push(lang));
    await language.set('fr'); // already French through the system locale: nothing to redo, but remembered
    expect(heard).toEqual([]);
    expect(store('en-CA').current()).toBe('fr');
    await language.set('en');
    await language.set('en');
    stop();
    await language.set('fr');
    expect(heard).toEqual(['en']);
  });

  it('switches even when the settings cannot be written, and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const language = new ShellLanguageStore({
      file,
      systemLocale: () => 'en-CA',
      writeText: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    await expect(language.set('fr')).resolves.toBeUndefined();
    expect(language.current()).toBe('fr');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
  });

  it('writes one change after another, the last one winning', async () => {
    const language = store();
    await Promise.all([language.set('fr'), language.set('en'), language.set('fr')]);
    expect(parseSettings(await readFile(file, 'utf8')).language).toBe('fr');
  });
});

describe('app:setLanguage in main', () => {
  it('rebuilds the menu with French labels, keeps the recent plans, and French file dialogs follow', async () => {
    const language = store('en-CA');
    const recent = memoryRecent([{ path: '/plans/Durham.cswb', name: 'Durham.cswb', openedAt: '2025-01-02T00:00:00.000Z' }]);
    const { menu, installed, topLabels, item } = menuFor(language, recent);
    const asked: OpenDialogRequest[] = [];
    const files = new FileService({
      dialogs: {
        showOpenDialog: async (request) => (asked.push(request), { canceled: true, filePaths: [] }),
        showSaveDialog: async () => ({ canceled: true }),
      },
      defaultDirectory: () => dir,
      recent: { add: async () => undefined },
      labels: () => language.labels(),
    });
    const handlers = createInvokeHandlers({
      files,
      recent,
      window: { setTitle: () => undefined, printToPdf: async () => new Uint8Array() },
      appInfo: () => ({ name: 'CSWB Workshop', version: '1', shell: 'electron', runtime: 'x' }),
      language,
      presenter: { open: () => ({ placement: 'window' }), close: () => undefined, relay: () => undefined },
      room: { control: async () => ({ ok: true, status: { networks: [], room: null }, items: [] }) },
    });

    menu.initialize();
    await flush();
    expect(topLabels()).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(item('recent.open:0')?.label).toBe('Durham.cswb');

    await handlers['app:setLanguage']({ language: 'fr' });
    expect(topLabels()).toEqual(['&Fichier', '&Édition', '&Affichage', '&Aide']);
    expect(item('plan.saveAs')?.label).toBe('Enregistrer sous…');
    expect(item('recent')?.label).toBe('Ouvrir un plan récent');
    expect(item('recent.open:0')?.label).toBe('Durham.cswb'); // the list survives the rebuild
    await files.open();
    expect(asked[0]).toMatchObject({ title: 'Ouvrir un plan', filters: [{ name: 'Plan CSWB', extensions: ['cswb'] }] });

    // The recent list changing later keeps the French labels.
    await recent.clear();
    expect(item('recent.none')?.label).toBe('Aucun plan récent');

    const built = installed.length;
    menu.dispose();
    await language.set('en');
    expect(installed).toHaveLength(built); // a disposed menu stops listening
  });

  it('builds the first menu of the next start in the remembered language', async () => {
    await store('en-CA').set('fr');
    const { menu, topLabels } = menuFor(store('en-CA'));
    menu.initialize();
    expect(topLabels()).toEqual(['&Fichier', '&Édition', '&Affichage', '&Aide']);
    menu.dispose();
  });
});
