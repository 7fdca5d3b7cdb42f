/**
 * Thin Recharts wrapper: the two-criteria priority map. One numbered point per risk, its name
 * printed beside it (labels pushed apart when risks sit close), the quadrant thresholds as dashed
 * lines at the scale midpoint, and the top-right quadrant ("act first") shaded and named.
 */
import { useChartTitle } from './ChartFrame';
import { spreadLabels, wrapLabel, type PriorityMapChart as MapData } from '@core/charts';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  usePlotArea,
  type ScatterShapeProps,
} from 'recharts';
import { FONT, GRID, INK } from './palette';

export interface MapPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Shown in the marker; the key under the chart lists number and name. */
  number: number;
}

interface PriorityMapChartProps {
  map: MapData;
  points: readonly MapPoint[];
  xLabel: string;
  yLabel: string;
  /** Name of the top-right quadrant. */
  topRightLabel: string;
  bottomLeftLabel: string;
  format: (n: number) => string;
}

const MARKER_RADIUS = 15;
const LABEL_CHARS = 30;

function Marker(props: ScatterShapeProps) {
  const { cx = 0, cy = 0 } = props;
  const point = props.payload as MapPoint | undefined;
  return (
    <g className="map-point">
      <circle cx={cx} cy={cy} r={MARKER_RADIUS} fill="#0072b2" stroke="#ffffff" strokeWidth={2} />
      <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontSize={16} fontWeight={700}>
        {point?.number}
      </text>
    </g>
  );
}

/**
 * Risk names beside their points: to the right, or to the left near the right edge so no name
 * leaves the plot; moved apart (with a leader line) when they would cover each other or a marker.
 */
function PointLabels({ points }: { points: readonly MapPoint[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const fontSize = FONT.label - 2;
  const gap = MARKER_RADIUS + 6;
  const placed = points.map((p) => {
    const text = wrapLabel(p.label, LABEL_CHARS, 1)[0] ?? '';
    const px = xScale(p.x) ?? 0;
    const width = text.length * fontSize * 0.56;
    const left = px + gap + width > plot.x + plot.width;
    return { p, text, px, left, x: left ? px - gap - width : px + gap, y: yScale(p.y) ?? 0, width, height: fontSize + 6 };
  });
  const markers = placed.map((l) => ({ x: l.px - MARKER_RADIUS, y: l.y - MARKER_RADIUS, width: MARKER_RADIUS * 2, height: MARKER_RADIUS * 2 }));
  // A label's own marker sits beside it, never under it, so every marker can be an obstacle.
  const offsets = spreadLabels(
    placed.map((l) => ({ id: l.p.id, x: l.x, y: l.y, width: l.width, height: l.height })),
    2,
    markers,
  );
  return (
    <g className="map-labels">
      {placed.map((l) => {
        const dy = offsets[l.p.id] ?? 0;
        const anchorX = l.left ? l.x + l.width : l.x;
        return (
          <g key={l.p.id}>
            {dy > 0 && <line x1={l.left ? anchorX + 6 : anchorX - 6} y1={l.y} x2={anchorX} y2={l.y + dy} stroke={INK} strokeWidth={1.5} />}
            <text
              x={anchorX}
              y={l.y + dy}
              textAnchor={l.left ? 'end' : 'start'}
              dominantBaseline="central"
              fontSize={fontSize}
              fontWeight={600}
              fill={INK}
              stroke="#ffffff"
              strokeWidth={4}
              paintOrder="stroke"
            >
              {l.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function PriorityMapChart({ map, points, xLabel, yLabel, topRightLabel, bottomLeftLabel, format }: PriorityMapChartProps) {
  const chartTitle = useChartTitle();
  const [min, max] = map.domain;
  const ticks = Array.from({ length: Math.floor(max - min) + 1 }, (_, i) => min + i);
  return (
    <div style={{ width: '100%', height: 560 }}>
      <ResponsiveContainer>
        <ScatterChart margin={{ top: 16, right: 40, bottom: 40, left: 24 }} accessibilityLayer title={chartTitle}>
          <ReferenceArea
            x1={map.xThreshold}
            x2={max}
            y1={map.yThreshold}
            y2={max}
            fill="#56b4e9"
            fillOpacity={0.18}
            stroke="none"
            label={{ value: topRightLabel, position: 'insideTopRight', fontSize: FONT.label, fontWeight: 700, fill: INK }}
          />
          <ReferenceArea
            x1={min}
            x2={map.xThreshold}
            y1={min}
            y2={map.yThreshold}
            fill="none"
            stroke="none"
            label={{ value: bottomLeftLabel, position: 'insideBottomLeft', fontSize: FONT.tick, fill: INK }}
          />
          <CartesianGrid stroke={GRID} strokeDasharray="4 4" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[min, max]}
            ticks={ticks.length <= 11 ? ticks : undefined}
            tickFormatter={format}
            tick={{ fontSize: FONT.tick, fill: INK }}
            stroke={INK}
            padding={{ left: 24, right: 24 }}
            label={{ value: xLabel, position: 'insideBottom', offset: -28, fontSize: FONT.label, fontWeight: 700, fill: INK }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[min, max]}
            ticks={ticks.length <= 11 ? ticks : undefined}
            tickFormatter={format}
            tick={{ fontSize: FONT.tick, fill: INK }}
            stroke={INK}
            padding={{ top: 24, bottom: 24 }}
            width={56}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: -8, fontSize: FONT.label, fontWeight: 700, fill: INK, style: { textAnchor: 'middle' } }}
          />
          <ReferenceLine x={map.xThreshold} stroke={INK} strokeWidth={2} strokeDasharray="8 6" />
          <ReferenceLine y={map.yThreshold} stroke={INK} strokeWidth={2} strokeDasharray="8 6" />
          <Scatter data={[...points]} shape={Marker} isAnimationActive={false} />
          <PointLabels points={points} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
