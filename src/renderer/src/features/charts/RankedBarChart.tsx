/**
 * Thin Recharts wrapper: horizontal bars ranked from the top, a direct value label on every bar,
 * optionally stacked (sectors, criteria) with patterned segments labelled inside when they fit.
 * Data comes ready from src/core/charts (the top of the ranking: see topBars); this file only
 * draws it. Memoised: give it stable rows (useStableRows) and it is not redrawn by a change that
 * leaves its bars as they were, e.g. a vote on a risk below the top of the ranking.
 */
import { useChartTitle } from './ChartFrame';
import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, useXAxisScale, useYAxisScale, type BarShapeProps } from 'recharts';
import { ChartPatterns, seriesFill } from './ChartPatterns';
import { charsFor, WrappedTick } from './WrappedTick';
import { FONT, GRID, INK, type SeriesStyle } from './palette';
import type { StyledSeries } from './series';

export interface RankedBarRow {
  id: string;
  label: string;
  value: number;
  /** Text after the value (e.g. "fails screen"), so a flag is read, not guessed from a colour. */
  flag?: string | null;
  [seriesKey: string]: unknown;
}

interface RankedBarChartProps {
  rows: readonly RankedBarRow[];
  /** Stacked segments; empty or absent draws one bar per row. */
  series?: readonly StyledSeries[];
  patternPrefix: string;
  axisLabel: string;
  format: (n: number) => string;
  /** Fixed axis end (the top of a scale); otherwise fitted to the data. */
  domainMax?: number;
  /** Style of flagged rows when unstacked (e.g. hatched orange for "fails the screen"). */
  flaggedStyle?: SeriesStyle;
}

/** The fill flagged rows get, for the legend. */
export const flaggedFillOf = (prefix: string, style: SeriesStyle) => seriesFill(`${prefix}-flag`, 0, style);

const AXIS_WIDTH = 320;
const NO_SERIES: readonly StyledSeries[] = [];
const BAR_FILL = '#0072b2';
// Props Recharts receives keep their identity from one drawing to the next (Recharts' performance
// guide): a new object re-sends the axis settings to the chart's store and recomputes every axis.
const MARGIN = { top: 8, right: 150, bottom: 30, left: 8 };
const X_TICK = { fontSize: FONT.tick, fill: INK };
const Y_TICK = <WrappedTick maxChars={charsFor(AXIS_WIDTH - 12)} />;
const VALUE_LABEL = { fontSize: FONT.value, fontWeight: 700, fill: INK };

interface SegmentLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/**
 * Totals at the end of stacked bars. Drawn from the axis scales rather than as a label of the
 * last segment, which Recharts leaves out when that segment is empty.
 */
function StackTotals({ rows }: { rows: readonly { label: string; value: number; valueText: string }[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="bar-totals">
      {rows.map((r, i) => (
        <text key={i} x={(x(r.value) ?? 0) + 10} y={y(r.label, { position: 'middle' }) ?? 0} dominantBaseline="central" fontSize={FONT.value} fontWeight={700} fill={INK}>
          {r.valueText}
        </text>
      ))}
    </g>
  );
}

export const RankedBarChart = memo(function RankedBarChart({ rows, series = NO_SERIES, patternPrefix, axisLabel, format, domainMax, flaggedStyle }: RankedBarChartProps) {
  const chartTitle = useChartTitle();
  const flaggedFill = flaggedStyle ? flaggedFillOf(patternPrefix, flaggedStyle) : null;
  const data = useMemo(() => rows.map((r) => ({ ...r, valueText: r.flag ? `${format(r.value)} (${r.flag})` : format(r.value) })), [rows, format]);
  const height = Math.max(180, rows.length * 62 + 70);
  const stacked = series.length > 0;
  const integerTicks = domainMax !== undefined && Number.isInteger(domainMax) && domainMax <= 12;
  const domain = useMemo(() => [0, domainMax ?? 'auto'] as [number, number | 'auto'], [domainMax]);
  const ticks = useMemo(() => (integerTicks ? Array.from({ length: (domainMax as number) + 1 }, (_, i) => i) : undefined), [integerTicks, domainMax]);
  const xLabel = useMemo(() => ({ value: axisLabel, position: 'insideBottom' as const, offset: -22, fontSize: FONT.tick, fill: INK }), [axisLabel]);
  const patternStyles = useMemo(() => series.map((s) => s.style), [series]);
  const segmentLabel = useCallback(
    ({ x = 0, y = 0, width = 0, height: h = 0, value }: SegmentLabelProps) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || Number(width) < 34) return null;
      return (
        <text
          x={Number(x) + Number(width) / 2}
          y={Number(y) + Number(h) / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={15}
          fontWeight={700}
          fill={INK}
          stroke="#ffffff"
          strokeWidth={4}
          paintOrder="stroke"
          className="segment-label"
        >
          {format(n)}
        </text>
      );
    },
    [format],
  );
  // The value after each bar, drawn as Recharts draws a label (a text with one tspan) but without
  // its Text component, which measures every word in the page to wrap it: a value never wraps, and
  // those measurements were a tenth of the chart's time after each vote.
  const valueLabel = useCallback(
    ({ x = 0, y = 0, width = 0, height: h = 0, value }: SegmentLabelProps) => (
      <text x={Number(x) + Number(width) + 10} y={Number(y) + Number(h) / 2} dominantBaseline="central" className="recharts-text recharts-label" {...VALUE_LABEL}>
        <tspan>{String(value ?? '')}</tspan>
      </text>
    ),
    [],
  );
  const shape = useCallback(
    (props: BarShapeProps) => <Rectangle {...props} fill={flaggedFill && (props.payload as RankedBarRow | undefined)?.flag ? flaggedFill : BAR_FILL} />,
    [flaggedFill],
  );
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={MARGIN} barCategoryGap="22%" accessibilityLayer title={chartTitle}>
          <ChartPatterns prefix={patternPrefix} styles={patternStyles} />
          {flaggedStyle && <ChartPatterns prefix={`${patternPrefix}-flag`} styles={[flaggedStyle]} />}
          <CartesianGrid horizontal={false} stroke={GRID} strokeDasharray="4 4" />
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            allowDecimals={!Number.isInteger(domainMax ?? 1) || rows.some((r) => !Number.isInteger(r.value))}
            tick={X_TICK}
            stroke={INK}
            label={xLabel}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={AXIS_WIDTH}
            interval={0}
            stroke={INK}
            tick={Y_TICK}
          />
          {stacked ? (
            series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stack" fill={s.fill} stroke="#ffffff" strokeWidth={1} isAnimationActive={false}>
                <LabelList dataKey={s.key} content={segmentLabel} />
              </Bar>
            ))
          ) : (
            <Bar dataKey="value" name={axisLabel} fill={BAR_FILL} isAnimationActive={false} shape={shape}>
              <LabelList dataKey="valueText" content={valueLabel} />
            </Bar>
          )}
          {stacked && <StackTotals rows={data} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
