/** Outcomes and measures: the performance measurement table, one row per outcome. */
import type { Outcome } from '../../model';
import type { ReportContext } from '../context';
import type { ReportSection, ReportTable } from '../types';
import type { PlanRows } from './plan-rows';
import { withDate } from './profiles';

export function outcomesTable(ctx: ReportContext, rows: PlanRows): ReportTable {
  const { t } = ctx;
  const ordered: { priority: string; outcome: Outcome }[] = [
    ...rows.priorities.flatMap((row) => row.outcomes.map((outcome) => ({ priority: row.risk.title || ctx.untitled, outcome }))),
    ...rows.otherOutcomes.map((outcome) => ({ priority: outcome.riskId === null ? t('reports:outcomes.wholePlan') : ctx.riskTitle(outcome.riskId), outcome })),
  ];
  return {
    id: 'outcomes',
    caption: t('reports:outcomes.caption'),
    emptyText: t('reports:outcomes.none'),
    columns: [
      { key: 'priority', label: t('reports:col.priority'), width: 2 },
      { key: 'outcome', label: t('reports:col.outcome'), width: 3 },
      { key: 'level', label: t('reports:col.level') },
      { key: 'indicator', label: t('reports:col.indicator'), width: 2 },
      { key: 'baseline', label: t('reports:col.baseline') },
      { key: 'target', label: t('reports:col.target') },
      { key: 'dataSource', label: t('reports:col.dataSource') },
      { key: 'collection', label: t('reports:col.collectionMethod') },
      { key: 'frequency', label: t('reports:col.frequency') },
      { key: 'responsibility', label: t('reports:col.responsibility') },
    ],
    rows: ordered.map(({ priority, outcome: o }) => [
      priority,
      o.statement,
      t(`catalogue:outcomeLevel.${o.level}`),
      o.indicator,
      withDate(ctx, o.baseline, o.baselineDate),
      withDate(ctx, o.target, o.targetDate),
      o.dataSource,
      o.collectionMethod,
      o.frequency,
      o.responsibility,
    ]),
  };
}

export function outcomesSection(ctx: ReportContext, rows: PlanRows): ReportSection {
  const { t } = ctx;
  const table = outcomesTable(ctx, rows);
  const withoutIndicator = ctx.snapshot.outcomes.filter((o) => o.indicator.trim() === '').length;
  return {
    id: 'outcomes',
    title: t('reports:outcomes.title'),
    blocks: [
      { kind: 'paragraph', text: t('reports:outcomes.intro') },
      { kind: 'table', table },
      ...(withoutIndicator > 0 ? [{ kind: 'paragraph' as const, tone: 'warning' as const, text: t('reports:outcomes.noIndicator', { count: withoutIndicator }) }] : []),
    ],
  };
}
