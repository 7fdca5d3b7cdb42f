/** Planning-area balance chart data: overall bars and one stacked row per priority risk. */
import type { Id, PlanningArea } from '../model';
import { INCIDENT_RESPONSE_SHARE_LIMIT, type AreaCount, type PlanBalance } from '../matrix/balance';

export type BalanceRowDatum = { id: Id; label: string; total: number; leansOnIncidentResponse: boolean } & Record<PlanningArea, number>;

export interface BalanceChart {
  /** One bar per area, in framework order (upstream first). */
  overall: AreaCount[];
  /** Stack keys are the area ids. */
  perRisk: BalanceRowDatum[];
  leansOnIncidentResponse: boolean;
  /** For a reference line on a share axis. */
  incidentShareLimit: number;
}

export function balanceChartData(balance: PlanBalance): BalanceChart {
  return {
    overall: balance.overall.areas.map((a) => ({ ...a })),
    perRisk: balance.rows.map((row) => {
      const datum = { id: row.riskId, label: row.title, total: row.total, leansOnIncidentResponse: row.leansOnIncidentResponse } as BalanceRowDatum;
      for (const a of row.areas) datum[a.area] = a.count;
      return datum;
    }),
    leansOnIncidentResponse: balance.overall.leansOnIncidentResponse,
    incidentShareLimit: INCIDENT_RESPONSE_SHARE_LIMIT,
  };
}
