/** A real i18next instance over the app's catalogues, for building reports in Node tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import type { Translate } from '@core/report';

const localesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'locales');

function resources(): Resource {
  const out: Resource = {};
  for (const lang of ['en', 'fr']) {
    out[lang] = {};
    for (const file of readdirSync(join(localesDir, lang))) {
      if (file.endsWith('.json')) out[lang]![file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));
    }
  }
  return out;
}

const instances = new Map<string, i18n>();

/** `t` for a language; every key a report asks for must exist (a missing one throws). */
export async function translator(lang: 'en' | 'fr'): Promise<Translate> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    await instance.init({
      resources: resources(),
      lng: lang,
      fallbackLng: false,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      // A key asked with a default (a user-defined sector id...) may be missing; any other may not.
      missingKeyHandler: (_lngs: readonly string[], ns: string, key: string, fallbackValue: string) => {
        if (fallbackValue === undefined || fallbackValue === key) throw new Error(`missing message ${ns}:${key}`);
      },
      saveMissing: true,
    });
    instances.set(lang, instance);
  }
  const t = instance.t.bind(instance) as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key, params) => t(key, params ?? {});
}
