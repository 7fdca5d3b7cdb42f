/**
 * Importance × changeability results: the grid with every risk placed (important and changeable
 * first), and a table of each risk's means and quadrant, in quadrant order.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { importanceChangeabilityMapData } from '@core/charts';
import { importanceChangeability, QUADRANTS } from '@core/scoring';
import { useFormat } from '../../hooks/useFormat';
import { ChartFrame } from '../charts/ChartFrame';
import { PriorityMapChart, type MapPoint } from '../charts/PriorityMapChart';
import { PriorityToggle } from './PriorityToggle';
import type { PrioritisationData } from './usePrioritisation';

export function GridResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'catalogue']);
  const { number } = useFormat();
  const { risks, criteria, scores } = data;
  const { scaleMin, scaleMax } = plan.scoring;
  const result = useMemo(() => importanceChangeability(risks, criteria, scores, { scaleMin, scaleMax }), [risks, criteria, scores, scaleMin, scaleMax]);
  const map = useMemo(() => importanceChangeabilityMapData(result, { scaleMin, scaleMax }), [result, scaleMin, scaleMax]);
  const format = (n: number) => number(Math.round(n * 100) / 100);
  const quadrantOrder = (q: string | null) => (q === null ? QUADRANTS.length : QUADRANTS.indexOf(q as (typeof QUADRANTS)[number]));
  const rows = [...result.risks].sort(
    (a, b) => quadrantOrder(a.quadrant) - quadrantOrder(b.quadrant) || (b.importance ?? 0) + (b.changeability ?? 0) - ((a.importance ?? 0) + (a.changeability ?? 0)),
  );
  const position = new Map(rows.map((r, i) => [r.riskId, i + 1]));
  const points: MapPoint[] = map.points.map((p) => ({ ...p, number: position.get(p.id) ?? 0 }));
  const byId = new Map(risks.map((r) => [r.id, r]));
  const axis = (role: string) => criteria.find((c) => c.role === role)?.name ?? t(`catalogue:criterion.${role}`);

  return (
    <>
      <ChartFrame
        title={t('results:gridTitle')}
        className="priority-map"
        exportLines={points.map((p) => `${p.number}. ${p.label}: ${axis('importance')} ${format(p.x)}, ${axis('changeability')} ${format(p.y)}`)}
        note={t('results:gridNote', { threshold: format(map.xThreshold) })}>
        <PriorityMapChart
          map={map}
          points={points}
          xLabel={axis('importance')}
          yLabel={axis('changeability')}
          topRightLabel={t('catalogue:quadrant.highHigh')}
          bottomLeftLabel={t('catalogue:quadrant.lowLow')}
          format={format}
        />
      </ChartFrame>
      <table className="data-table ranking grid-ranking">
        <caption className="visually-hidden">{t('results:gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('results:number')}</th>
            <th scope="col">{t('results:risk')}</th>
            <th scope="col" className="num">{axis('importance')}</th>
            <th scope="col" className="num">{axis('changeability')}</th>
            <th scope="col">{t('results:quadrant')}</th>
            <th scope="col">{t('results:priority')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const risk = byId.get(r.riskId)!;
            return (
              <tr key={r.riskId} className={risk.isPriority ? 'is-priority' : undefined}>
                <td className="num">{position.get(r.riskId)}</td>
                <th scope="row">{risk.title}</th>
                <td className="num">{r.importance === null ? '–' : format(r.importance)}</td>
                <td className="num">{r.changeability === null ? '–' : format(r.changeability)}</td>
                <td>{r.quadrant ? t(`catalogue:quadrant.${r.quadrant}`) : t('results:noScores')}</td>
                <td>
                  <PriorityToggle planId={plan.id} risk={risk} method="importanceChangeability" suggestPresent={data.suggestPresent} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
