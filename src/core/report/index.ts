/**
 * The plan document (src/core/report): built from a snapshot, rendered by the print view (PDF),
 * the Word export and the spreadsheet/CSV exports. Pure: translation, locale and the date are
 * passed in.
 */
import type { PlanSnapshot } from '../model';
import { reportContext } from './context';
import { dataTables } from './data-tables';
import { actionPlanSection } from './sections/action-plan';
import { engagementSection } from './sections/engagement';
import { matrixSection } from './sections/matrix';
import { outcomesSection } from './sections/outcomes';
import { partnersSection } from './sections/partners';
import { planRows } from './sections/plan-rows';
import { prioritisationSection, riskStandings } from './sections/prioritisation';
import { profilesSection } from './sections/profiles';
import type { PlanReport, ReportOptions, ReportTable } from './types';

export interface PlanReportBundle {
  report: PlanReport;
  /** Every table of the plan, for the spreadsheet and CSV exports. */
  tables: ReportTable[];
}

export function buildPlanReport(snapshot: PlanSnapshot, options: ReportOptions): PlanReportBundle {
  const ctx = reportContext(snapshot, options);
  const { t } = ctx;
  const { plan } = snapshot;
  const standings = riskStandings(ctx);
  const rows = planRows(ctx);
  const report: PlanReport = {
    language: options.language,
    title: plan.name || ctx.untitled,
    subtitle: plan.municipality ? t('reports:subtitleFor', { municipality: plan.municipality }) : t('reports:subtitle'),
    preparedLine: t('reports:prepared', { date: ctx.date(options.generatedAt) }),
    description: plan.description,
    contentsTitle: t('reports:contents'),
    sections: [
      partnersSection(ctx),
      engagementSection(ctx),
      prioritisationSection(ctx, standings),
      profilesSection(ctx, rows),
      matrixSection(ctx, rows),
      actionPlanSection(ctx, rows),
      outcomesSection(ctx, rows),
    ],
  };
  return { report, tables: dataTables(ctx, standings, rows) };
}

export { DATA_TABLE_IDS, type DataTableId } from './data-tables';
export { layoutBarChart, barChartSvg, type BarChartLayout } from './chart-layout';
export { safeFileStem } from './file-names';
export type * from './types';
