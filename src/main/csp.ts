/**
 * The Content-Security-Policy the app:// protocol sends with every response.
 *
 * Kept identical to `CSP` in scripts/serve-renderer.mjs (browser mode) so both shells hold the
 * renderer to the same rules; tests/main/app-protocol.test.ts fails when the two drift apart.
 * (Main does not import the .mjs: it would bundle an HTTP server into the app.)
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
