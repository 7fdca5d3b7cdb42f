/**
 * The language main speaks (application menu, close prompt, file dialogs): the one the renderer
 * last reported through `app:setLanguage`, remembered in `<userData>/settings.json` as
 * `{ "version": 1, "language": "fr" }` so the next start builds its menu in that language before
 * the renderer has loaded. With nothing remembered, the system locale decides.
 *
 * The stored file is read once, synchronously, when main starts (it is a few bytes, and the menu
 * is built before anything asynchronous could answer). A missing or corrupt file means "nothing
 * remembered"; a failed write only loses the memory, never the switch.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SHELL_LANGUAGES } from '@shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { languageFor, MENU_LABELS, type MainLabels, type MainLanguage } from './menu-labels';

export const SETTINGS_NAME = 'settings.json';

/** What settings.json holds. Unknown fields (a newer app's) are kept when it is rewritten. */
export interface StoredSettings {
  language?: MainLanguage;
  [other: string]: unknown;
}

function isLanguage(value: unknown): value is MainLanguage {
  return typeof value === 'string' && (SHELL_LANGUAGES as readonly string[]).includes(value);
}

/** Reads settings leniently: unreadable JSON is no settings, an unknown language is no language. */
export function parseSettings(text: string): StoredSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const { language, ...other } = raw as Record<string, unknown>;
  return isLanguage(language) ? { ...other, language } : other;
}

export function serializeSettings(settings: StoredSettings): string {
  return `${JSON.stringify({ ...settings, version: 1 }, null, 2)}\n`;
}

export interface ShellLanguageOptions {
  /** Absolute path of settings.json. */
  file: string;
  /** The system's locale ("fr-CA"), asked only when no language is remembered (after app ready). */
  systemLocale(): string | undefined;
  readTextSync?: (path: string) => string;
  writeText?: (path: string, text: string) => Promise<void>;
}

async function writeCreatingFolder(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
}

export class ShellLanguageStore {
  private settings: StoredSettings;
  private readonly listeners = new Set<(language: MainLanguage) => void>();
  private readonly writeText: (path: string, text: string) => Promise<void>;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly options: ShellLanguageOptions) {
    this.writeText = options.writeText ?? writeCreatingFolder;
    try {
      this.settings = parseSettings((options.readTextSync ?? ((path) => readFileSync(path, 'utf8')))(options.file));
    } catch {
      this.settings = {}; // first start, or unreadable: nothing remembered
    }
  }

  /** The remembered language, else the system's. */
  current(): MainLanguage {
    return this.settings.language ?? languageFor(this.options.systemLocale());
  }

  labels(): MainLabels {
    return MENU_LABELS[this.current()];
  }

  /**
   * app:setLanguage. Listeners (the menu) hear of a change at once; the write is awaited so the
   * next start is right, but a failed write is only logged. Writes run one after another.
   */
  async set(language: MainLanguage): Promise<void> {
    const changed = language !== this.current();
    const unsaved = language !== this.settings.language;
    this.settings = { ...this.settings, language };
    if (changed) this.notify(language);
    if (!unsaved) return;
    const text = serializeSettings(this.settings);
    const write = this.writes.then(() => this.writeText(this.options.file, text));
    this.writes = write.catch((error: Error) => console.warn(`Could not remember the interface language: ${error.message}`));
    await this.writes;
  }

  /** Called when the language changes (the menu rebuilds itself). Returns an unsubscribe. */
  onChange(listener: (language: MainLanguage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(language: MainLanguage): void {
    for (const listener of this.listeners) {
      try {
        listener(language);
      } catch (error) {
        console.warn(`A language listener failed: ${(error as Error).message}`);
      }
    }
  }
}
