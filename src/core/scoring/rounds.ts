/**
 * Several rounds of dot voting, dropping the lowest items (multivoting). Nothing but the votes is
 * stored: which risks are on the ballot of round N is derived from the votes of rounds 1 to N-1,
 * so a plan file carries the rounds without extra fields and undo of "next round" is exact.
 *
 * Rule, explained to the room as "each new round keeps the better half": from the risks on the
 * ballot of a round, the next round keeps the top ⌈n / 2⌉ by dots, plus every risk tied with the
 * last one kept (a tie is never broken arbitrarily); a risk without a single dot is always dropped.
 * A round nobody voted in drops nothing.
 */
import type { Id, Risk, Vote } from '../model';

export interface RoundCut {
  /** Risks on the ballot of the round that was cut, in plan order. */
  candidates: Id[];
  /** Risks carried into the next round, in plan order. */
  kept: Id[];
  /** Risks dropped, in plan order. */
  dropped: Id[];
  /** Dots per candidate in the round that was cut. */
  dots: Record<Id, number>;
}

/** Dots of one round per risk id (negative or non-finite dots count as zero). */
export function dotsInRound(votes: readonly Vote[], round: number): Map<Id, number> {
  const dots = new Map<Id, number>();
  for (const vote of votes) {
    if (vote.round !== round || !Number.isFinite(vote.dots) || vote.dots <= 0) continue;
    dots.set(vote.riskId, (dots.get(vote.riskId) ?? 0) + vote.dots);
  }
  return dots;
}

/** Applies the "keep the better half" rule to one round's ballot. */
export function cutRound(candidates: readonly Id[], dotsByRisk: ReadonlyMap<Id, number>): RoundCut {
  const dots: Record<Id, number> = {};
  for (const id of candidates) dots[id] = dotsByRisk.get(id) ?? 0;
  const voted = candidates.filter((id) => (dots[id] ?? 0) > 0);
  if (voted.length === 0) return { candidates: [...candidates], kept: [...candidates], dropped: [], dots };
  const sorted = [...voted].sort((a, b) => (dots[b] ?? 0) - (dots[a] ?? 0));
  const keepCount = Math.ceil(candidates.length / 2);
  const cutoff = dots[sorted[Math.min(keepCount, sorted.length) - 1] as Id] ?? 0;
  const keep = new Set(sorted.filter((id) => (dots[id] ?? 0) >= cutoff));
  return {
    candidates: [...candidates],
    kept: candidates.filter((id) => keep.has(id)),
    dropped: candidates.filter((id) => !keep.has(id)),
    dots,
  };
}

/**
 * The risks on the ballot of `round`: every risk in round 1, then the risks each earlier round
 * kept. `risks` gives the plan order (a risk created after round 1 closed is not on later ballots).
 */
export function ballotRisks(risks: readonly Risk[], votes: readonly Vote[], round: number): Id[] {
  let candidates = risks.map((r) => r.id);
  for (let r = 1; r < round; r++) candidates = cutRound(candidates, dotsInRound(votes, r)).kept;
  return candidates;
}

/** What starting the round after `round` would keep and drop. */
export function nextRoundCut(risks: readonly Risk[], votes: readonly Vote[], round: number): RoundCut {
  return cutRound(ballotRisks(risks, votes, round), dotsInRound(votes, round));
}

export type NextRoundBlock = 'noDots' | 'tooFewKept' | 'nothingDropped';

/**
 * Why a next round cannot start yet, or null when it can: the current round needs dots, and the
 * cut must leave at least two risks to choose between and drop at least one (otherwise a new
 * round would only repeat this one).
 */
export function nextRoundBlock(cut: RoundCut): NextRoundBlock | null {
  const total = Object.values(cut.dots).reduce((sum, d) => sum + d, 0);
  if (total === 0) return 'noDots';
  if (cut.kept.length < 2) return 'tooFewKept';
  if (cut.dropped.length === 0) return 'nothingDropped';
  return null;
}
