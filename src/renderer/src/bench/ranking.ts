/**
 * Re-ranking as pure computation (src/core/scoring), timed apart from the screen, so a slow
 * "vote to painted results" can be split into "the maths" and "the rest" (database, rendering).
 */
import type { PlanSnapshot } from '@core/model';
import { rankRisks, sectorLookup, tallyDots, weightedScores } from '@core/scoring';

export interface RankingSample {
  /** tallyDots + rankRisks over every vote of the round. */
  dots: number;
  /** weightedScores (with the sector split) + rankRisks over every score. */
  weighted: number;
}

export function measureRanking(snapshot: PlanSnapshot): RankingSample {
  const { votes, risks, participants, partners, criteria, scores, plan } = snapshot;
  let start = performance.now();
  const tally = tallyDots(votes, risks, participants, partners, plan.voting);
  const byDots = rankRisks(tally, (row) => row.dots);
  const dots = performance.now() - start;

  start = performance.now();
  const sectors = sectorLookup(participants, partners);
  const weighted = weightedScores(risks, criteria, scores, { ...plan.scoring, sectorOf: sectors.ofRater });
  const byScore = rankRisks(weighted, (row) => row.total);
  const weightedMs = performance.now() - start;
  if (byDots.length !== risks.length || byScore.length !== risks.length) throw new Error('Ranking lost risks');
  return { dots, weighted: weightedMs };
}
