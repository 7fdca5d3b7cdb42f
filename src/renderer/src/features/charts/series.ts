/** Series styles, fills and legend entries for a list of series, from one place. */
import { seriesFill } from './ChartPatterns';
import type { LegendEntry } from './ChartFrame';
import { seriesStyle, type SeriesStyle } from './palette';

export interface StyledSeries {
  key: string;
  label: string;
  style: SeriesStyle;
  fill: string;
}

export function styleSeries(prefix: string, series: readonly { key: string; label: string }[]): StyledSeries[] {
  return series.map((s, i) => {
    const style = seriesStyle(i);
    return { ...s, style, fill: seriesFill(prefix, i, style) };
  });
}

export function legendOf(series: readonly StyledSeries[]): LegendEntry[] {
  return series.map((s) => ({ key: s.key, label: s.label, fill: s.fill }));
}
