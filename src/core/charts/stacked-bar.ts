/**
 * Ranked bars whose segments are not sectors: the weighted total split into each criterion's
 * contribution (share × mean, adding up to the total: the chart shows how the score was made),
 * and the Hanlon priority rating in the method's own rank order (risks failing the feasibility
 * screen after those passing it).
 */
import type { Criterion, Id } from '../model';
import type { HanlonRiskScore } from '../scoring/hanlon';
import { rankRisks } from '../scoring/rank';
import type { WeightedRiskScore } from '../scoring/weighted';

export type PartKey = `part_${number}`;

export type ContributionBarDatum = { id: Id; label: string; value: number; rank: number; tied: boolean } & { [key: PartKey]: number };

export interface ContributionBarChart {
  data: ContributionBarDatum[];
  /** One series per criterion, in criterion order. */
  series: { key: PartKey; criterionId: Id }[];
  missing: Id[];
}

export function contributionBarData(results: readonly WeightedRiskScore[], criteria: readonly Criterion[]): ContributionBarChart {
  const ordered = [...criteria].sort((a, b) => a.order - b.order);
  const series = ordered.map((c, i) => ({ key: `part_${i}` as PartKey, criterionId: c.id }));
  const data: ContributionBarDatum[] = [];
  const missing: Id[] = [];
  for (const { item, rank, tied } of rankRisks(results, (r) => r.total)) {
    if (item.total === null || rank === null) {
      missing.push(item.riskId);
      continue;
    }
    const datum = { id: item.riskId, label: item.title, value: item.total, rank, tied } as ContributionBarDatum;
    for (const s of series) datum[s.key] = item.contributions.find((c) => c.criterionId === s.criterionId)?.contribution ?? 0;
    data.push(datum);
  }
  return { data, series, missing };
}

export interface HanlonBarDatum {
  id: Id;
  label: string;
  value: number;
  rank: number;
  tied: boolean;
  passesScreen: boolean;
}

/** Takes `hanlonScores` output (already in rank order); risks without a rating are missing. */
export function hanlonBarData(results: readonly HanlonRiskScore[]): { data: HanlonBarDatum[]; missing: Id[] } {
  const data: HanlonBarDatum[] = [];
  const missing: Id[] = [];
  for (const r of results) {
    if (r.bpr === null || r.rank === null) missing.push(r.riskId);
    else data.push({ id: r.riskId, label: r.title, value: r.bpr, rank: r.rank, tied: r.tied, passesScreen: r.passesScreen });
  }
  return { data, missing };
}
