/**
 * Likely duplicates: the same input sent twice by a survey tool, or already typed in the room.
 * Two texts are duplicates when they are equal after normalisation (case, accents, punctuation),
 * or when their word sets overlap strongly (Jaccard similarity at or above a threshold), so
 * "Wait list for youth counselling is 9 months." matches "waitlist for youth counselling: 9 months"
 * only if enough words agree. An inverted word index keeps this fast against thousands of cards.
 */
import { normaliseText } from '../search/normalise';

export const DUPLICATE_SIMILARITY = 0.8;

export interface TextItem {
  key: string;
  text: string;
}

export interface DuplicateMatch {
  /** Key of the earlier item (existing card, or an earlier row) this one duplicates. */
  key: string;
  similarity: number;
}

export interface DuplicateFound extends DuplicateMatch {
  /** True when the match is an existing card, false when it is an earlier row of the same file. */
  existing: boolean;
}

function wordSet(normalised: string): Set<string> {
  return new Set(normalised.split(' ').filter((w) => w.length > 1));
}

class TextIndex {
  private readonly exact = new Map<string, string>();
  private readonly byWord = new Map<string, string[]>();
  private readonly sizes = new Map<string, number>();

  add(item: TextItem): void {
    const n = normaliseText(item.text);
    if (!n) return;
    if (!this.exact.has(n)) this.exact.set(n, item.key);
    const ws = wordSet(n);
    this.sizes.set(item.key, ws.size);
    for (const w of ws) {
      const list = this.byWord.get(w);
      if (list) list.push(item.key);
      else this.byWord.set(w, [item.key]);
    }
  }

  find(text: string, threshold: number): DuplicateMatch | null {
    const n = normaliseText(text);
    if (!n) return null;
    const exact = this.exact.get(n);
    if (exact !== undefined) return { key: exact, similarity: 1 };
    const ws = wordSet(n);
    if (ws.size === 0) return null;
    const shared = new Map<string, number>();
    for (const w of ws) for (const key of this.byWord.get(w) ?? []) shared.set(key, (shared.get(key) ?? 0) + 1);
    let best: DuplicateMatch | null = null;
    for (const [key, common] of shared) {
      const similarity = common / (ws.size + (this.sizes.get(key) ?? 0) - common);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { key, similarity };
    }
    return best;
  }
}

/**
 * For each candidate, the existing item or earlier candidate it likely duplicates (or null).
 * Existing items win over earlier candidates when both match equally.
 */
export function findDuplicates(
  candidates: readonly TextItem[],
  existing: readonly TextItem[],
  threshold = DUPLICATE_SIMILARITY,
): (DuplicateFound | null)[] {
  const known = new TextIndex();
  for (const item of existing) known.add(item);
  const earlier = new TextIndex();
  return candidates.map((c) => {
    const inExisting = known.find(c.text, threshold);
    const inEarlier = earlier.find(c.text, threshold);
    earlier.add(c);
    if (inExisting && (!inEarlier || inExisting.similarity >= inEarlier.similarity)) return { ...inExisting, existing: true };
    if (inEarlier) return { ...inEarlier, existing: false };
    return null;
  });
}
