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

/**
 * Written as plain loops: it runs after every vote on screens showing 300 risks by a dozen sectors
 * (a vote is timed to the screen, docs/performance.md), where spreads and temporary arrays per
 * row cost more than the arithmetic.
 */
export function sectorSplit(items: readonly { id: Id; label: string; values: Readonly<Record<string, number>> }[]): SectorSplit {
  const present = new Set<string>();
  for (const item of items) for (const sector in item.values) present.add(sector);
  const sectors = [...present].sort(compareSectors);
  const rows: SectorSplitRow[] = [];
  for (const item of items) {
    const values: Record<string, number> = {};
    let count = 0;
    let max = -Infinity;
    let min = Infinity;
    for (const s of sectors) {
      const v = item.values[s];
      if (v === undefined) continue;
      values[s] = v;
      count++;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (count === 0) {
      rows.push({ id: item.id, label: item.label, values, gap: null, highest: [], lowest: [] });
      continue;
    }
    const highest: string[] = [];
    const lowest: string[] = [];
    for (const s of sectors) {
      const v = values[s];
      if (v === undefined) continue;
      if (same(v, max)) highest.push(s);
      if (same(v, min)) lowest.push(s);
    }
    rows.push({ id: item.id, label: item.label, values, gap: count < 2 ? null : max - min, highest, lowest });
  }
  const topBySector: SectorTop[] = [];
  for (const sector of sectors) {
    let value = -Infinity;
    for (const row of rows) {
      const v = row.values[sector];
      if (v !== undefined && v > value) value = v;
    }
    if (value === -Infinity || value <= 0) continue;
    const riskIds: Id[] = [];
    for (const row of rows) {
      const v = row.values[sector];
      if (v !== undefined && same(v, value)) riskIds.push(row.id);
    }
    topBySector.push({ sector, riskIds, value });
  }
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
  const voting = new Set<string>();
  for (const t of tallies) for (const s in t.bySector) voting.add(s);
  return sectorSplit(
    tallies.map((t) => {
      const values: Record<string, number> = {};
      for (const s of voting) values[s] = t.bySector[s] ?? 0;
      return { id: t.riskId, label: t.title, values };
    }),
  );
}
