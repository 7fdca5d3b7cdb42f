/** The action plan: every response under a priority, with who leads, who helps, when and status. */
import type { ReportContext } from '../context';
import type { ReportSection, ReportTable } from '../types';
import type { PlanRows } from './plan-rows';

export function actionPlanTable(ctx: ReportContext, rows: PlanRows): ReportTable {
  const { t } = ctx;
  return {
    id: 'action-plan',
    caption: t('reports:actions.caption'),
    emptyText: t('reports:actions.none'),
    columns: [
      { key: 'priority', label: t('reports:col.priority'), width: 2 },
      { key: 'activity', label: t('reports:col.activity'), width: 3 },
      { key: 'area', label: t('reports:col.area'), width: 2 },
      { key: 'type', label: t('reports:col.type') },
      { key: 'lead', label: t('reports:col.lead'), width: 2 },
      { key: 'supporting', label: t('reports:col.supporting'), width: 2 },
      { key: 'timeline', label: t('reports:col.timeline') },
      { key: 'resources', label: t('reports:col.resources') },
      { key: 'status', label: t('reports:col.status') },
    ],
    rows: rows.priorities.flatMap((row) =>
      row.responses.map((r) => [
        row.risk.title || ctx.untitled,
        r.title || ctx.untitled,
        ctx.area(r.area),
        t(`catalogue:responseType.${r.type}`),
        ctx.partnerName(r.leadPartnerId),
        ctx.partnerNames(r.supportingPartnerIds),
        r.timeline,
        r.resources,
        t(`catalogue:responseStatus.${r.status}`),
      ]),
    ),
  };
}

export function actionPlanSection(ctx: ReportContext, rows: PlanRows): ReportSection {
  const { t } = ctx;
  const table = actionPlanTable(ctx, rows);
  const noLead = rows.priorities.flatMap((row) => row.responses).filter((r) => r.leadPartnerId === null).length;
  return {
    id: 'actions',
    title: t('reports:actions.title'),
    blocks: [
      { kind: 'paragraph', text: t('reports:actions.intro', { count: table.rows.length }) },
      { kind: 'table', table },
      ...(noLead > 0 ? [{ kind: 'paragraph' as const, tone: 'warning' as const, text: t('reports:actions.noLead', { count: noLead }) }] : []),
    ],
  };
}
