/**
 * Autocomplete over the risk catalogue (situation-table categories and factors, plus the plan's
 * own entries), in both languages at once: a facilitator may type "logement" in an English
 * session. Ranking: whole-label match, then labels starting with the query, then labels whose
 * words start with the query's words. Mid-word matches are left out on purpose: "ment" should
 * not offer "Logement".
 */
import { normaliseText, words } from './normalise';

export interface CatalogueOption {
  /** Built-in id (`drugs`, `drugs.overdose`) or a user-defined entry's record id. */
  id: string;
  /** Label in the interface language. */
  label: string;
  /** Label in the other language (searched too). */
  altLabel: string;
  /** Label of the category a factor belongs to (shown for context), or null for a category. */
  parentLabel: string | null;
  altParentLabel: string | null;
  userDefined: boolean;
}

function rank(option: CatalogueOption, q: string, qWords: string[]): number {
  let best = Infinity;
  const candidates = [
    option.label,
    option.altLabel,
    option.parentLabel ? `${option.parentLabel} ${option.label}` : '',
    option.altParentLabel ? `${option.altParentLabel} ${option.altLabel}` : '',
  ];
  for (const raw of candidates) {
    if (!raw) continue;
    const label = normaliseText(raw);
    if (label === q) best = Math.min(best, 0);
    else if (label.startsWith(q)) best = Math.min(best, 1);
    else {
      const lw = label.split(' ');
      if (qWords.every((w) => lw.some((l) => l.startsWith(w)))) best = Math.min(best, 2);
    }
  }
  return best;
}

/** The best `limit` options for a query; categories before their factors at equal rank. */
export function searchCatalogue(options: readonly CatalogueOption[], query: string, limit = 8): CatalogueOption[] {
  const q = normaliseText(query);
  if (!q) return options.slice(0, limit);
  const qWords = words(query);
  return options
    .map((option, i) => ({ option, i, r: rank(option, q, qWords) }))
    .filter((x) => Number.isFinite(x.r))
    .sort((a, b) => a.r - b.r || Number(a.option.parentLabel !== null) - Number(b.option.parentLabel !== null) || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.option);
}

/** Whether a typed label already exists (so "add to the catalogue" is not offered twice). */
export function hasExactLabel(options: readonly CatalogueOption[], query: string): boolean {
  const q = normaliseText(query);
  return !!q && options.some((o) => normaliseText(o.label) === q || normaliseText(o.altLabel) === q);
}
