/**
 * Thin Recharts wrapper: dissent per risk. A bar from the lowest to the highest rater's total
 * (how far apart the room is), a diamond at the mean, and the range written at the end of the
 * bar; most disputed risks first (the order comes from src/core/charts/dissent).
 */
import { useChartTitle } from './ChartFrame';
import type { DissentDatum } from '@core/charts';
import { Bar, CartesianGrid, ComposedChart, LabelList, ResponsiveContainer, Scatter, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { ChartPatterns, seriesFill } from './ChartPatterns';
import { charsFor, WrappedTick } from './WrappedTick';
import { FONT, GRID, INK, type SeriesStyle } from './palette';

export const RANGE_STYLE: SeriesStyle = { color: '#e69f00', pattern: 'diagonal' };
export const MEAN_FILL = '#000000';

interface DissentChartProps {
  data: readonly DissentDatum[];
  domain: [number, number];
  patternPrefix: string;
  axisLabel: string;
  /** Label at the end of each bar, e.g. "2.9 to 4.6". */
  rangeText: (d: DissentDatum) => string;
  format: (n: number) => string;
}

const AXIS_WIDTH = 320;

function Diamond({ cx = 0, cy = 0 }: ScatterShapeProps) {
  const r = 9;
  return <path d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} fill={MEAN_FILL} stroke="#ffffff" strokeWidth={2} />;
}

export const rangeFill = (prefix: string) => seriesFill(prefix, 0, RANGE_STYLE);

export function DissentChart({ data, domain, patternPrefix, axisLabel, rangeText, format }: DissentChartProps) {
  const chartTitle = useChartTitle();
  const rows = data.map((d) => ({ ...d, text: rangeText(d) }));
  const height = Math.max(180, rows.length * 62 + 70);
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <ComposedChart data={rows} layout="vertical" margin={{ top: 8, right: 170, bottom: 30, left: 8 }} barCategoryGap="30%" accessibilityLayer title={chartTitle}>
          <ChartPatterns prefix={patternPrefix} styles={[RANGE_STYLE]} />
          <CartesianGrid horizontal={false} stroke={GRID} strokeDasharray="4 4" />
          <XAxis
            type="number"
            domain={domain}
            tickFormatter={format}
            tick={{ fontSize: FONT.tick, fill: INK }}
            stroke={INK}
            label={{ value: axisLabel, position: 'insideBottom', offset: -22, fontSize: FONT.tick, fill: INK }}
          />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} stroke={INK} tick={<WrappedTick maxChars={charsFor(AXIS_WIDTH - 12)} />} />
          <Bar dataKey="range" fill={rangeFill(patternPrefix)} stroke={INK} strokeWidth={1} minPointSize={4} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" offset={10} style={{ fontSize: FONT.label, fontWeight: 700, fill: INK }} />
          </Bar>
          <Scatter dataKey="mean" shape={Diamond} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
