/**
 * Series styles for charts read on a projector by people with any colour vision: the Okabe-Ito
 * colour-blind-safe palette, each colour paired with its own fill pattern, so two series always
 * differ by pattern as well as by colour (and every bar also carries a direct text label).
 */

/** Okabe-Ito, ordered so neighbouring series contrast strongly (yellow last: weak on white). */
export const OKABE_ITO = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'] as const;

export const PATTERNS = ['solid', 'diagonal', 'dots', 'crosshatch', 'horizontal', 'vertical', 'reverseDiagonal', 'grid'] as const;
export type PatternKind = (typeof PATTERNS)[number];

export interface SeriesStyle {
  color: string;
  pattern: PatternKind;
}

/** Style of series `i`: colour and pattern both rotate, and past 8 series the pairing shifts so no two repeat. */
export function seriesStyle(i: number): SeriesStyle {
  const round = Math.floor(i / OKABE_ITO.length);
  return {
    color: OKABE_ITO[(i + round) % OKABE_ITO.length]!,
    pattern: PATTERNS[i % PATTERNS.length]!,
  };
}

/** Text and lines on charts: near-black on white (contrast above 15:1). */
export const INK = '#111827';
export const INK_SOFT = '#374151';
export const GRID = '#9ca3af';
/** Type sizes for a room: ticks and labels stay readable from the back. */
export const FONT = { tick: 17, label: 18, value: 19 } as const;
