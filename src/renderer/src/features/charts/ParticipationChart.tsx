/**
 * Thin Recharts wrapper: sector participation. For each sector, grouped bars for participants,
 * cards written and dots cast, each measure with its own colour and pattern and a value label,
 * so a silent sector shows as zeros next to its name.
 */
import { useChartTitle } from './ChartFrame';
import type { SectorParticipationDatum } from '@core/charts';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from './ChartPatterns';
import { charsFor, WrappedTick } from './WrappedTick';
import { FONT, GRID, INK } from './palette';
import type { StyledSeries } from './series';

export const PARTICIPATION_MEASURES = ['participants', 'cards', 'dots'] as const;

interface ParticipationChartProps {
  data: readonly (SectorParticipationDatum & { label: string })[];
  series: readonly StyledSeries[];
  patternPrefix: string;
  axisLabel: string;
}

const AXIS_WIDTH = 280;

interface CountLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** The count after each bar, zeros included: a silent sector reads "0", not a blank. */
function CountLabel({ x = 0, y = 0, width = 0, height = 0, value }: CountLabelProps) {
  return (
    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fontSize={15} fontWeight={700} fill={INK} className="count-label">
      {String(value ?? 0)}
    </text>
  );
}

export function ParticipationChart({ data, series, patternPrefix, axisLabel }: ParticipationChartProps) {
  const chartTitle = useChartTitle();
  const height = Math.max(200, data.length * (series.length * 20 + 22) + 70);
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={[...data]} layout="vertical" margin={{ top: 8, right: 60, bottom: 30, left: 8 }} barGap={2} barCategoryGap={14} accessibilityLayer title={chartTitle}>
          <ChartPatterns prefix={patternPrefix} styles={series.map((s) => s.style)} />
          <CartesianGrid horizontal={false} stroke={GRID} strokeDasharray="4 4" />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={{ fontSize: FONT.tick, fill: INK }}
            stroke={INK}
            label={{ value: axisLabel, position: 'insideBottom', offset: -22, fontSize: FONT.tick, fill: INK }}
          />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} stroke={INK} tick={<WrappedTick maxChars={charsFor(AXIS_WIDTH - 12)} />} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.fill} stroke={INK} strokeWidth={0.5} barSize={18} isAnimationActive={false}>
              <LabelList dataKey={s.key} content={CountLabel} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
