/**
 * Ranked bar chart data (dots or weighted totals per risk), optionally stacked by sector.
 * Series keys are `sector_0`, `sector_1`... rather than sector ids: Recharts reads a dotted
 * dataKey as a path, and user-defined sector ids may contain anything.
 */
import type { Id } from '../model';
import type { DotTally } from '../scoring/dots';
import { rankRisks } from '../scoring/rank';
import { compareSectors } from '../scoring/sectors';
import type { WeightedRiskScore } from '../scoring/weighted';

export interface RankedBarInput {
  id: Id;
  label: string;
  value: number | null;
  /** Additive parts of `value` per sector (dots). */
  bySector?: Readonly<Record<string, number>>;
}

export type SectorSeriesKey = `sector_${number}`;

export type RankedBarDatum = {
  id: Id;
  label: string;
  value: number;
  rank: number;
  tied: boolean;
} & { [key: SectorSeriesKey]: number };

export interface BarSeries {
  key: SectorSeriesKey;
  sector: string;
}

export interface RankedBarChart {
  /** Highest value first (competition ranking, ties flagged). */
  data: RankedBarDatum[];
  /** One series per sector when stacked (catalogue order), else empty. */
  series: BarSeries[];
  /** Items without a value (no votes cast or no scores), left off the chart. */
  missing: Id[];
}

export function rankedBarData(items: readonly RankedBarInput[], options: { stackBySector?: boolean } = {}): RankedBarChart {
  const withTitle = items.map((item) => ({ ...item, title: item.label }));
  const ranked = rankRisks(withTitle, (item) => item.value);
  const sectors = options.stackBySector
    ? [...new Set(items.flatMap((item) => Object.keys(item.bySector ?? {})))].sort(compareSectors)
    : [];
  const series = sectors.map((sector, i) => ({ key: `sector_${i}` as SectorSeriesKey, sector }));
  const data: RankedBarDatum[] = [];
  const missing: Id[] = [];
  for (const { item, rank, tied } of ranked) {
    if (item.value === null || rank === null) {
      missing.push(item.id);
      continue;
    }
    const datum = { id: item.id, label: item.label, value: item.value, rank, tied } as RankedBarDatum;
    for (const s of series) datum[s.key] = item.bySector?.[s.sector] ?? 0;
    data.push(datum);
  }
  return { data, series, missing };
}

export function dotsBarInput(tallies: readonly DotTally[]): RankedBarInput[] {
  return tallies.map((t) => ({ id: t.riskId, label: t.title, value: t.dots, bySector: t.bySector }));
}

export function weightedBarInput(results: readonly WeightedRiskScore[]): RankedBarInput[] {
  return results.map((r) => ({ id: r.riskId, label: r.title, value: r.total }));
}
