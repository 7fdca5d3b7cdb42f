/**
 * The app's own message catalogues (resources/locales/<lang>/*.json), read by i18next exactly as
 * the app reads them (plurals, interpolation), so tests find controls by the names a French or
 * English user sees without copying a single string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next from 'i18next';

const LOCALES = resolve(import.meta.dirname, '../../../resources/locales');

/** `t('namespace:key', { count, name… })`, as in the app. */
export type Messages = (key: string, options?: Record<string, unknown>) => string;

export function messages(lang: 'en' | 'fr'): Messages {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(resolve(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
    namespaces[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(resolve(LOCALES, lang, file), 'utf8')) as Record<string, unknown>;
  }
  const instance = i18next.createInstance();
  // The same options as the app (src/renderer/src/i18n): no fallback language, no HTML escaping.
  void instance.init({ resources: { [lang]: namespaces }, lng: lang, fallbackLng: false, ns: Object.keys(namespaces), defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false });
  const t = instance.getFixedT(lang);
  // A missing key would come back as the key itself: fail loudly instead of matching nothing.
  return (key, options) => {
    if (!instance.exists(key, options)) throw new Error(`no message ${key} in ${lang}`);
    return t(key, options ?? {}) as string;
  };
}
