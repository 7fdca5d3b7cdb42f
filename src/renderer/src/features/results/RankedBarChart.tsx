/** Thin Recharts wrapper: a horizontal ranked bar chart with value labels, sized for a projector. */
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface RankedBar {
  name: string;
  value: number;
}

export function RankedBarChart({ data, valueLabel }: { data: RankedBar[]; valueLabel: string }) {
  const height = Math.max(160, data.length * 48 + 40);
  return (
    <div className="ranked-bar-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 16, fill: '#111827' }} label={{ value: valueLabel, position: 'insideBottomRight', offset: -4 }} />
          <YAxis type="category" dataKey="name" width={280} tick={{ fontSize: 16, fill: '#111827' }} />
          <Bar dataKey="value" name={valueLabel} fill="#0072b2" isAnimationActive={false}>
            <LabelList dataKey="value" position="right" style={{ fontSize: 18, fontWeight: 700, fill: '#111827' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
