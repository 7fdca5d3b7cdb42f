/** The matrix (priorities × planning areas) with its gaps, and the balance across the four areas. */
import { planBalance } from '../../matrix/balance';
import type { ReportContext } from '../context';
import type { ReportBlock, ReportSection } from '../types';
import type { PlanRows } from './plan-rows';

export function matrixSection(ctx: ReportContext, rows: PlanRows): ReportSection {
  const { t } = ctx;
  const { matrix } = rows;
  const balance = planBalance(matrix);
  const gap = t('reports:matrix.gap');
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('reports:matrix.intro') },
    {
      kind: 'table',
      table: {
        id: 'matrix',
        caption: t('reports:matrix.caption'),
        emptyText: t('reports:matrix.none'),
        columns: [
          { key: 'priority', label: t('reports:col.priority'), width: 2 },
          ...matrix.areas.map((area) => ({ key: area, label: ctx.area(area), width: 2 })),
        ],
        rows: matrix.rows.map((row) => [
          row.risk.title || ctx.untitled,
          ...matrix.areas.map((area) => {
            const cell = row.cells[area];
            return cell.length === 0 ? gap : cell.map((r) => `${r.title || ctx.untitled} (${t(`catalogue:responseType.${r.type}`)})`).join('\n');
          }),
        ]),
      },
    },
  ];
  const gaps = matrix.rows.reduce((n, row) => n + matrix.areas.filter((area) => row.cells[area].length === 0).length, 0);
  if (matrix.rows.length > 0) blocks.push({ kind: 'paragraph', tone: 'note', text: t('reports:matrix.gaps', { count: gaps }) });

  const { overall } = balance;
  if (overall.total > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('reports:matrix.balanceTitle') });
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'balance',
        title: t('reports:matrix.balanceChart'),
        description: t('reports:matrix.balanceDescription', {
          list: overall.areas.map((a) => `${ctx.area(a.area)} ${a.count} (${percent(ctx, a.share)})`).join(', '),
        }),
        emphasisLabel: overall.leansOnIncidentResponse ? t('reports:matrix.leansMarker') : null,
        bars: overall.areas.map((a) => ({
          label: ctx.area(a.area),
          value: a.count,
          valueLabel: `${ctx.number(a.count)} (${percent(ctx, a.share)})`,
          emphasis: overall.leansOnIncidentResponse && a.area === 'incidentResponse',
        })),
      },
    });
    blocks.push(
      overall.leansOnIncidentResponse
        ? { kind: 'paragraph', tone: 'warning', text: t('reports:matrix.leans', { share: percent(ctx, overall.areas.find((a) => a.area === 'incidentResponse')?.share ?? 0) }) }
        : { kind: 'paragraph', text: t('reports:matrix.balanced') },
    );
  }
  return { id: 'matrix', title: t('reports:matrix.title'), blocks };
}

function percent(ctx: ReportContext, share: number): string {
  return share.toLocaleString(ctx.locale, { style: 'percent', maximumFractionDigits: 0 });
}
