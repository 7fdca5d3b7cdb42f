/**
 * Thin Recharts wrappers for the planning-area balance: responses per area overall, and one
 * stacked bar per priority. Data comes from balanceChartData (src/core/charts); every bar also
 * carries its number and its area name, so colour never carries the meaning alone.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { PLANNING_AREAS, type PlanningArea } from '@core/model';
import type { BalanceChart as BalanceChartData } from '@core/charts';
import { AREA_COLOURS } from './area-colours';

const TICK = { fontSize: 16, fill: '#111827' };
/** Room for "Intervention centrée sur le risque" on two lines. */
const AREA_AXIS_WIDTH = 200;

interface Props {
  chart: BalanceChartData;
  areaLabel: (area: PlanningArea) => string;
  /** "3 (38 %)" */
  countLabel: (count: number, share: number) => string;
}

export function OverallBalanceChart({ chart, areaLabel, countLabel }: Props) {
  const data = chart.overall.map((a) => ({ name: areaLabel(a.area), area: a.area, count: a.count, label: countLabel(a.count, a.share) }));
  return (
    <div className="balance-chart balance-overall" style={{ width: '100%', height: 4 * 56 + 50 }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 96, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="name" width={AREA_AXIS_WIDTH} tick={TICK} interval={0} />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.area} fill={AREA_COLOURS[d.area]} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 18, fontWeight: 700, fill: '#111827' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function PerPriorityBalanceChart({ chart, areaLabel }: Omit<Props, 'countLabel'>) {
  const height = Math.max(180, chart.perRisk.length * 56 + 90);
  return (
    <div className="balance-chart balance-per-priority" style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={chart.perRisk} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis
            type="category"
            dataKey="label"
            width={280}
            tick={TICK}
            interval={0}
            // A priority that leans on incident response is marked in its label, not only in the table.
            tickFormatter={(label: string, index: number) => (chart.perRisk[index]?.leansOnIncidentResponse ? `⚠ ${label}` : label)}
          />
          {/* Legend in framework order (Recharts sorts it by name unless told not to). */}
          <Legend wrapperStyle={{ fontSize: 16 }} itemSorter={null} />
          {PLANNING_AREAS.map((area) => (
            <Bar key={area} dataKey={area} name={areaLabel(area)} stackId="areas" fill={AREA_COLOURS[area]} isAnimationActive={false}>
              <LabelList
                dataKey={area}
                position="center"
                style={{ fontSize: 16, fontWeight: 700, fill: '#ffffff' }}
                formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? v : '')}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
