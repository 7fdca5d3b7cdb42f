import type { Summary } from './stats.mjs';

export interface ComparedSide extends Summary {
  roundMedians: (number | null)[];
}
export interface ComparedFigure {
  id: string;
  label: string;
  unit: string;
  before: ComparedSide;
  after: ComparedSide;
  medianChange: number | null;
  p95Change: number | null;
}
export interface BenchRecordLike {
  figures: { id: string; label: string; unit: string; samples?: number[] }[];
}
export function compareRecords(before: BenchRecordLike[], after: BenchRecordLike[]): ComparedFigure[];
export function formatComparison(rows: ComparedFigure[], beforeName: string, afterName: string): string;
