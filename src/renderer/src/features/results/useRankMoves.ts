/**
 * Rank movement after a weight change ("up 2", "down 1"), so the room sees what the "what if"
 * did. Compares the ranking with the one before the last change of weights; other edits (a new
 * score) update the reference without showing movement.
 */
import { useEffect, useRef, useState } from 'react';

export function useRankMoves(weightsSignature: string, ranks: ReadonlyMap<string, number | null>): ReadonlyMap<string, number> {
  const last = useRef<{ signature: string; ranks: ReadonlyMap<string, number | null> } | null>(null);
  const [moves, setMoves] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    const previous = last.current;
    if (previous && previous.signature !== weightsSignature) {
      const next = new Map<string, number>();
      for (const [id, rank] of ranks) {
        const before = previous.ranks.get(id);
        if (rank !== null && before !== null && before !== undefined && before !== rank) next.set(id, before - rank);
      }
      setMoves(next);
    }
    last.current = { signature: weightsSignature, ranks };
  }, [weightsSignature, ranks]);
  return moves;
}
