/**
 * Which records of one table a committed write touched, from the "observability set" Dexie fires
 * as `storagemutated` after every transaction (in this window, and from other windows through its
 * BroadcastChannel). Dexie records the primary keys of small writes one by one and a whole range
 * for bulk writes (50 records or more), range deletes and clears.
 *
 * The parts may arrive structured-cloned from another window (plain objects, no RangeSet
 * prototype), so the interval tree is walked by hand rather than through RangeSet's iterator.
 */
import type { ObservabilitySet } from 'dexie';

/** The ids a write touched, or 'all' when only a range is known (reload everything). */
export type MutatedKeys = readonly string[] | 'all';

interface TreeNode {
  from?: unknown;
  to?: unknown;
  l?: TreeNode | null;
  r?: TreeNode | null;
}

/** More keys than this and a full reload is as cheap as fetching them one by one. */
export const MAX_PATCH_KEYS = 500;

export function tablePart(dbName: string, table: string): string {
  return `idb://${dbName}/${table}/`;
}

/** Keys of `table` touched by a write, [] when the write did not touch it. */
export function mutatedKeys(parts: ObservabilitySet, dbName: string, table: string): MutatedKeys {
  const tree = parts[tablePart(dbName, table)] as TreeNode | undefined;
  if (!tree || !('from' in tree)) return [];
  const keys: string[] = [];
  const stack: TreeNode[] = [tree];
  while (stack.length) {
    const node = stack.pop() as TreeNode;
    // A single key is stored as a range from the key to itself; anything wider is a range.
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    if (keys.length > MAX_PATCH_KEYS) return 'all';
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
