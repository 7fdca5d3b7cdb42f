/**
 * i18next set-up. Message catalogues live in resources/locales/<lang>/<namespace>.json and are
 * bundled (the app is offline). Every user-visible string goes through `t()`; a test fails when a
 * key exists in one language and not the other.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { platform } from '../platform';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'cswb.language';

const modules = import.meta.glob<{ default: Record<string, unknown> }>('@locales/*/*.json', { eager: true });

function buildResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(modules)) {
    const match = /\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = mod.default;
  }
  return resources;
}

export const NAMESPACES = [...new Set(Object.keys(modules).map((p) => /\/([\w-]+)\.json$/.exec(p)?.[1] ?? ''))].filter(Boolean);

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language the interface shows now. */
export function currentLanguage(): Language {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

/** Switches the interface, remembers the choice, and tells the shell (document lang, Electron menu). */
export async function setLanguage(lang: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  platform.setLanguage(lang);
  await i18next.changeLanguage(lang);
}

/**
 * At start-up, once i18n is ready: the shell follows the language the page starts in (main may
 * remember another one, or none, if the choice was made before this version or in another profile).
 */
export function announceLanguage(): void {
  platform.setLanguage(currentLanguage());
}

export const i18nReady = i18next.use(initReactI18next).init({
  resources: buildResources(),
  lng: initialLanguage(),
  fallbackLng: false,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
