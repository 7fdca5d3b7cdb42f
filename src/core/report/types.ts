/**
 * The plan document as data: what a council publishes, built once from a plan snapshot and
 * rendered three ways (the print view that becomes the PDF, the Word document, and the
 * spreadsheet/CSV tables). Renderers only lay out these blocks; every figure, label and
 * sentence is decided here, so the three outputs cannot disagree.
 */

/** A table cell: text, a number (kept numeric for spreadsheets), or empty. */
export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
  /** Numbers are right-aligned and written as numbers in spreadsheets. */
  numeric?: boolean;
  /** Relative width hint for documents (default 1). */
  width?: number;
}

export interface ReportTable {
  /** Stable id: sheet names, CSV file names and element ids derive from it. */
  id: string;
  caption: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  emptyText: string;
}

export interface ChartBar {
  label: string;
  value: number;
  /** The value as printed beside the bar (the bar's meaning never rests on colour). */
  valueLabel: string;
  /** Emphasised bars (priorities, the incident-response share) get a pattern and a marker. */
  emphasis?: boolean;
}

export interface ReportChart {
  id: string;
  title: string;
  /** Text alternative: what the chart shows, for screen readers and the Word alt text. */
  description: string;
  bars: ChartBar[];
  /** Legend for emphasised bars, or null when no bar is emphasised. */
  emphasisLabel: string | null;
}

export type ReportBlock =
  | { kind: 'heading'; level: 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'note' | 'warning' }
  | { kind: 'list'; items: string[] }
  /** Label/value pairs (a priority profile, a decision record). */
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart };

export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
  /** Sub-sections (one per priority profile). */
  subsections?: { id: string; title: string; blocks: ReportBlock[] }[];
}

export interface PlanReport {
  language: string;
  title: string;
  subtitle: string;
  /** "Prepared with CSWB Workshop on 21 October 2025". */
  preparedLine: string;
  description: string;
  contentsTitle: string;
  sections: ReportSection[];
}

/** Translation function (i18next's `t`, or a stub in tests); keys carry their namespace. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface ReportOptions {
  t: Translate;
  /** 'en' or 'fr': user-defined catalogue entries carry a label per language. */
  language: string;
  /** BCP 47 locale for numbers and dates ('en-CA', 'fr-CA'). */
  locale: string;
  /** When the report is made (ISO 8601); passed in so building stays pure. */
  generatedAt: string;
}
