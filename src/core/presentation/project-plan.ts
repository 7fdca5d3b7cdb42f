/**
 * The plan layouts: the priority × planning-area matrix and the outcomes of each priority. Only
 * titles, types, lead organisations and measures reach the room; descriptions, resources,
 * timelines, data-collection details and who is responsible stay with the facilitator.
 */
import type { Id, Outcome, Partner } from '../model';
import { buildMatrix, findGaps } from '../matrix/matrix';
import type { PresentationData, ProjectionRequest } from './data';
import { LAYOUT_LIMITS, take } from './limits';
import type { ScreenOf } from './view';

export function projectMatrix(data: PresentationData, request: ProjectionRequest): ScreenOf<'matrix'> {
  const limits = LAYOUT_LIMITS[request.textSize];
  const matrix = buildMatrix(data.risks, data.responses);
  const partnerName = new Map<Id, Partner['name']>(data.partners.map((p) => [p.id, p.name]));
  const focusRow = matrix.rows.find((row) => row.risk.id === request.focusRiskId);
  const rows = focusRow ? { shown: [focusRow], more: 0 } : take(matrix.rows, limits.matrixRows);
  const perCell = focusRow ? limits.focusCellResponses : limits.cellResponses;
  return {
    kind: 'matrix',
    focused: focusRow !== undefined,
    rows: rows.shown.map((row) => ({
      riskId: row.risk.id,
      title: row.risk.title,
      cells: matrix.areas.map((area) => {
        const { shown, more } = take(row.cells[area], perCell);
        return {
          area,
          responses: shown.map((r) => ({ title: r.title, type: r.type, lead: r.leadPartnerId ? (partnerName.get(r.leadPartnerId) ?? null) : null })),
          more,
        };
      }),
    })),
    moreRows: rows.more,
    gaps: findGaps(matrix).length,
  };
}

export function projectOutcomes(data: PresentationData, request: ProjectionRequest): ScreenOf<'outcomes'> {
  const limits = LAYOUT_LIMITS[request.textSize];
  const priorities = buildMatrix(data.risks, []).rows.map((row) => row.risk);
  const riskOfResponse = new Map(data.responses.map((r) => [r.id, r.riskId]));
  const riskOf = (o: Outcome): Id | null => o.riskId ?? (o.responseId ? (riskOfResponse.get(o.responseId) ?? null) : null);
  const focused = priorities.filter((risk) => risk.id === request.focusRiskId);
  const groups = take(focused.length > 0 ? focused : priorities, focused.length > 0 ? 1 : limits.outcomeGroups);
  const perGroup = focused.length > 0 ? limits.outcomesPerGroup * 2 : limits.outcomesPerGroup;
  return {
    kind: 'outcomes',
    groups: groups.shown.map((risk) => {
      const own = data.outcomes.filter((o) => riskOf(o) === risk.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const { shown, more } = take(own, perGroup);
      return {
        riskId: risk.id,
        title: risk.title,
        outcomes: shown.map((o) => ({
          statement: o.statement,
          level: o.level,
          indicator: o.indicator,
          baseline: o.baseline,
          target: o.target,
          targetDate: o.targetDate,
        })),
        more,
      };
    }),
    moreGroups: groups.more,
  };
}
