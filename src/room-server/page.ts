/**
 * The participant page: one HTML file, one script, one stylesheet, no framework, served by the
 * room server. The files are inlined into the server bundle at build time (`?raw`), and the
 * phone's strings (English and French, resources/locales/<lang>/room.json, key `phone`) are
 * prepended to the script, so the page works offline with nothing else to fetch.
 */
import html from './page/participant.html?raw';
import script from './page/participant.js?raw';
import css from './page/participant.css?raw';
import en from '@locales/en/room.json';
import fr from '@locales/fr/room.json';

/** Only this server's own script and stylesheet; no inline code, no other origin, no framing. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PageAsset {
  type: string;
  body: string;
}

export function pageAssets(): ReadonlyMap<string, PageAsset> {
  const strings = JSON.stringify({ en: en.phone, fr: fr.phone });
  const page: PageAsset = { type: 'text/html; charset=utf-8', body: html };
  return new Map<string, PageAsset>([
    ['/', page],
    ['/index.html', page],
    ['/app.js', { type: 'text/javascript; charset=utf-8', body: `var ROOM_STRINGS = ${strings};\n${script}` }],
    ['/app.css', { type: 'text/css; charset=utf-8', body: css }],
  ]);
}
