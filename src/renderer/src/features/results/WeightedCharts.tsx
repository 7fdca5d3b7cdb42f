/** The priority map (two chosen criteria) and the dissent chart of the weighted results. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Plan } from '@core/model';
import { dissentData, PROJECTOR_BARS, priorityMapData, topBars } from '@core/charts';
import type { Ranked, WeightedRiskScore } from '@core/scoring';
import { ChartFrame } from '../charts/ChartFrame';
import { PriorityMapChart, type MapPoint } from '../charts/PriorityMapChart';
import { DissentChart, MEAN_FILL, rangeFill } from '../charts/DissentChart';

interface SectionProps {
  plan: Plan;
  results: readonly WeightedRiskScore[];
  criteria: readonly Criterion[];
  format: (n: number) => string;
}

/** Default axes: the two heaviest criteria (severity and prevalence in the usual template). */
function heaviest(criteria: readonly Criterion[]): [string, string] {
  const sorted = [...criteria].sort((a, b) => b.weight - a.weight || a.order - b.order);
  return [sorted[0]?.id ?? '', sorted[1]?.id ?? sorted[0]?.id ?? ''];
}

export function PriorityMapSection({ plan, results, ranking, criteria, format }: SectionProps & { ranking: readonly Ranked<WeightedRiskScore>[] }) {
  const { t } = useTranslation('results');
  const [defaultX, defaultY] = heaviest(criteria);
  const [xId, setX] = useState<string | null>(null);
  const [yId, setY] = useState<string | null>(null);
  const x = criteria.some((c) => c.id === xId) ? xId! : defaultX;
  const y = criteria.some((c) => c.id === yId) ? yId! : defaultY;
  const name = (id: string) => criteria.find((c) => c.id === id)?.name ?? '';
  const { scaleMin, scaleMax } = plan.scoring;
  const map = useMemo(() => priorityMapData(results, x, y, { scaleMin, scaleMax }), [results, x, y, scaleMin, scaleMax]);
  const order = new Map(ranking.map((r, i) => [r.item.riskId, i + 1]));
  const points: MapPoint[] = map.points.map((p) => ({ ...p, number: order.get(p.id) ?? 0 })).sort((a, b) => a.number - b.number);
  const title = t('results:mapTitle', { x: name(x), y: name(y) });
  const keyLine = (p: MapPoint) => `${p.number}. ${t('results:mapKeyItem', { title: p.label, x: format(p.x), y: format(p.y), xName: name(x), yName: name(y) })}`;

  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {criteria.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ChartFrame
      title={title}
      className="priority-map"
      exportLines={points.map(keyLine)}
      controls={
        <>
          {picker(t('results:mapAcross'), x, setX)}
          {picker(t('results:mapUp'), y, setY)}
        </>
      }
      note={
        <>
          {t('results:mapNote', { threshold: format(map.xThreshold) })}
          {map.missing.length > 0 && ` ${t('results:mapMissing', { count: map.missing.length })}`}
        </>
      }
    >
      <PriorityMapChart
        map={map}
        points={points}
        xLabel={name(x)}
        yLabel={name(y)}
        topRightLabel={t('results:mapTopRight')}
        bottomLeftLabel={t('results:mapBottomLeft')}
        format={format}
      />
      <ol className="map-key" aria-label={t('results:mapKey')}>
        {points.map((p) => (
          <li key={p.id} value={p.number}>
            {t('results:mapKeyItem', { title: p.label, x: format(p.x), y: format(p.y), xName: name(x), yName: name(y) })}
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}

export function DissentSection({ plan, results, criteria, format }: SectionProps) {
  const { t } = useTranslation('results');
  const [criterionId, setCriterionId] = useState('');
  const chosen = criteria.some((c) => c.id === criterionId) ? criterionId : '';
  // Most disputed first: the chart shows the top of that list, what a projector can show.
  const top = useMemo(() => topBars(dissentData(results, chosen || undefined), PROJECTOR_BARS), [results, chosen]);
  const name = criteria.find((c) => c.id === chosen)?.name;
  return (
    <ChartFrame
      title={name ? t('results:dissentTitleCriterion', { name }) : t('results:dissentTitle')}
      className="dissent-chart"
      legend={[
        { key: 'range', label: t('results:dissentRange'), fill: rangeFill('dissent') },
        { key: 'mean', label: t('results:dissentMean'), fill: MEAN_FILL },
      ]}
      controls={
        <label>
          {t('results:dissentOf')}
          <select value={chosen} onChange={(e) => setCriterionId(e.target.value)}>
            <option value="">{t('results:dissentTotals')}</option>
            {criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      }
      note={top.cut ? `${t('results:dissentNote')} ${t('results:dissentTopNote', { shown: top.data.length, total: top.total })}` : t('results:dissentNote')}
    >
      <DissentChart
        data={top.data}
        domain={[plan.scoring.scaleMin, plan.scoring.scaleMax]}
        patternPrefix="dissent"
        axisLabel={t('results:scoreAxis', { min: plan.scoring.scaleMin, max: plan.scoring.scaleMax })}
        rangeText={(d) => t('results:dissentLabel', { min: format(d.min), max: format(d.max), n: d.n })}
        format={format}
      />
    </ChartFrame>
  );
}
