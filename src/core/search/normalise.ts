/**
 * Text normalisation for matching what people type against what is stored: case, accents and
 * punctuation are ignored, so "Médecin", "medecin" and "MEDECIN!" match. Used by search,
 * autocomplete and duplicate detection (English and French content side by side).
 */

/** Lower case, accents removed, punctuation turned into spaces, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a text after normalisation. */
export function words(text: string): string[] {
  const n = normaliseText(text);
  return n ? [...new Set(n.split(' '))] : [];
}

/**
 * Whether every word of the query starts a word of the haystack (both normalised), so "ment hea"
 * finds "Mental health". An empty query matches everything.
 */
export function matchesAllWordPrefixes(haystack: string, query: string): boolean {
  const q = words(query);
  if (q.length === 0) return true;
  const hayWords = normaliseText(haystack).split(' ');
  return q.every((w) => hayWords.some((h) => h.startsWith(w)));
}
