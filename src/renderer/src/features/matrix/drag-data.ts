/** What matrix drag sources and drop targets carry, so handlers and announcements can name them. */
import type { Card, PlanResponse, PlanningArea } from '@core/model';

export type DragSource = { kind: 'response'; response: PlanResponse } | { kind: 'asset'; card: Card };

export interface CellTargetData {
  riskId: string;
  area: PlanningArea;
  /** "Substance use and overdose, Prevention": the cell's accessible name. */
  label: string;
}

export const sourceTitle = (source: DragSource) => (source.kind === 'response' ? source.response.title : source.card.text);
