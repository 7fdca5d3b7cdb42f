/**
 * Results split by sector, so the room sees where sectors disagree before deciding: each risk's
 * result per sector, the gap between the sector rating it highest and lowest, and each sector's
 * own top risk ("police and health put overdose first; education puts youth mental health first").
 * Works for weighted totals (a sector's own total) and for dots (the sector's dots).
 */
import type { Id } from '../model';
import type { DotTally } from './dots';
import { compareSectors } from './sectors';
import type { WeightedRiskScore } from './weighted';

export interface SectorSplitRow {
  id: Id;
  label: string;
  /** Per sector; a sector that gave nothing for this risk is absent (missing, not zero). */
  values: Record<string, number>;
  /** Highest minus lowest sector value; null with fewer than two sectors. */
  gap: number | null;
  highest: string[];
  lowest: string[];
}

export interface SectorTop {
  sector: string;
  /** The risk(s) this sector rates highest (several when tied). */
  riskIds: Id[];
  value: number;
}

export interface SectorSplit {
  /** Sectors present, in catalogue order. */
  sectors: string[];
  rows: SectorSplitRow[];
  topBySector: SectorTop[];
}

/** Values are compared at 9 decimals, so totals computed two ways still tie. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function sectorSplit(items: readonly { id: Id; label: string; values: Readonly<Record<string, number>> }[]): SectorSplit {
  const sectors = [...new Set(items.flatMap((item) => Object.keys(item.values)))].sort(compareSectors);
  const rows = items.map((item) => {
    const entries = sectors.filter((s) => item.values[s] !== undefined).map((s) => [s, item.values[s] as number] as const);
    const values = Object.fromEntries(entries);
    if (entries.length === 0) return { id: item.id, label: item.label, values, gap: null, highest: [], lowest: [] };
    const max = Math.max(...entries.map(([, v]) => v));
    const min = Math.min(...entries.map(([, v]) => v));
    return {
      id: item.id,
      label: item.label,
      values,
      gap: entries.length < 2 ? null : max - min,
      highest: entries.filter(([, v]) => same(v, max)).map(([s]) => s),
      lowest: entries.filter(([, v]) => same(v, min)).map(([s]) => s),
    };
  });
  const topBySector = sectors.flatMap((sector) => {
    const rated = rows.filter((row) => row.values[sector] !== undefined);
    if (rated.length === 0) return [];
    const value = Math.max(...rated.map((row) => row.values[sector] as number));
    if (value <= 0) return [];
    return [{ sector, riskIds: rated.filter((row) => same(row.values[sector] as number, value)).map((row) => row.id), value }];
  });
  return { sectors, rows, topBySector };
}

/** Weighted totals per sector (each sector's scores through the same formula). */
export function weightedSectorSplit(results: readonly WeightedRiskScore[]): SectorSplit {
  return sectorSplit(
    results.map((r) => ({
      id: r.riskId,
      label: r.title,
      values: Object.fromEntries(r.bySector.flatMap((s) => (s.total === null ? [] : [[s.sector, s.total]]))),
    })),
  );
}

/** Dots per sector. A sector that put no dot on a risk counts as zero for that risk once it voted at all. */
export function dotSectorSplit(tallies: readonly DotTally[]): SectorSplit {
  const voting = new Set(tallies.flatMap((t) => Object.keys(t.bySector)));
  return sectorSplit(
    tallies.map((t) => ({ id: t.riskId, label: t.title, values: Object.fromEntries([...voting].map((s) => [s, t.bySector[s] ?? 0])) })),
  );
}
