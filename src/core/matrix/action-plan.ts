/**
 * The action plan: every response of the plan as one table row (priority, area, lead, timeline,
 * status...), filtered and sorted for the implementation teams. Pure, so the screen stays thin
 * and the ordering rules are tested.
 */
import {
  PLANNING_AREAS,
  RESPONSE_STATUSES,
  RESPONSE_TYPES,
  type Id,
  type Partner,
  type PlanResponse,
  type PlanningArea,
  type ResponseStatus,
  type ResponseType,
  type Risk,
} from '../model';

export interface ActionPlanRow {
  id: Id;
  title: string;
  description: string;
  riskId: Id;
  priority: string;
  isPriority: boolean;
  area: PlanningArea;
  type: ResponseType;
  status: ResponseStatus;
  leadPartnerId: Id | null;
  /** Lead partner's name, '' when there is no lead yet. */
  lead: string;
  supporting: string[];
  timeline: string;
  resources: string;
  /** Position in the matrix (priority order, area, cell order): the default order. */
  rank: number[];
}

export const ACTION_PLAN_SORT_KEYS = ['title', 'priority', 'area', 'type', 'lead', 'status', 'timeline'] as const;
export type ActionPlanSortKey = (typeof ACTION_PLAN_SORT_KEYS)[number];
export interface ActionPlanSort {
  key: ActionPlanSortKey;
  direction: 'ascending' | 'descending';
}

export interface ActionPlanFilter {
  riskId?: Id;
  area?: PlanningArea;
  status?: ResponseStatus;
  /** A partner id, or null for "no lead yet"; undefined for any lead. */
  leadPartnerId?: Id | null;
  /** Words found in the title, description, partners, timeline or resources (case and accents ignored). */
  text?: string;
}

/** Rows for the responses whose risk still exists, in matrix order. */
export function actionPlanRows(risks: readonly Risk[], responses: readonly PlanResponse[], partners: readonly Partner[]): ActionPlanRow[] {
  const risksById = new Map(risks.map((r) => [r.id, r]));
  const nameOf = new Map(partners.map((p) => [p.id, p.name]));
  return responses
    .flatMap((response) => {
      const risk = risksById.get(response.riskId);
      if (!risk) return [];
      return [
        {
          id: response.id,
          title: response.title,
          description: response.description,
          riskId: risk.id,
          priority: risk.title,
          isPriority: risk.isPriority,
          area: response.area,
          type: response.type,
          status: response.status,
          leadPartnerId: response.leadPartnerId,
          lead: (response.leadPartnerId && nameOf.get(response.leadPartnerId)) || '',
          supporting: response.supportingPartnerIds.flatMap((id) => nameOf.get(id) ?? []),
          timeline: response.timeline,
          resources: response.resources,
          rank: [risk.isPriority ? 0 : 1, risk.order, PLANNING_AREAS.indexOf(response.area), response.order],
        },
      ];
    })
    .sort((a, b) => compareRanks(a.rank, b.rank));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function filterActionPlan(rows: readonly ActionPlanRow[], filter: ActionPlanFilter): ActionPlanRow[] {
  const words = fold(filter.text ?? '').split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.riskId !== undefined && row.riskId !== filter.riskId) return false;
    if (filter.area !== undefined && row.area !== filter.area) return false;
    if (filter.status !== undefined && row.status !== filter.status) return false;
    if (filter.leadPartnerId !== undefined && row.leadPartnerId !== filter.leadPartnerId) return false;
    if (words.length === 0) return true;
    const haystack = fold([row.title, row.description, row.lead, ...row.supporting, row.timeline, row.resources].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Sorts by one column. Areas, types and statuses sort in their framework order (upstream first,
 * proposed before done), text in the given locale; empty values (no lead, no timeline) always go
 * last; ties keep the matrix order.
 */
export function sortActionPlan(rows: readonly ActionPlanRow[], sort: ActionPlanSort, locale = 'en-CA'): ActionPlanRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareKey = keyComparator(sort.key, collator);
  return [...rows].sort((a, b) => {
    const emptyA = isEmpty(a, sort.key);
    const emptyB = isEmpty(b, sort.key);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    return sign * compareKey(a, b) || compareRanks(a.rank, b.rank);
  });
}

function keyComparator(key: ActionPlanSortKey, collator: Intl.Collator): (a: ActionPlanRow, b: ActionPlanRow) => number {
  switch (key) {
    case 'area':
      return (a, b) => PLANNING_AREAS.indexOf(a.area) - PLANNING_AREAS.indexOf(b.area);
    case 'type':
      return (a, b) => RESPONSE_TYPES.indexOf(a.type) - RESPONSE_TYPES.indexOf(b.type);
    case 'status':
      return (a, b) => RESPONSE_STATUSES.indexOf(a.status) - RESPONSE_STATUSES.indexOf(b.status);
    case 'priority':
      return (a, b) => compareRanks(a.rank.slice(0, 2), b.rank.slice(0, 2));
    case 'title':
    case 'lead':
    case 'timeline':
      return (a, b) => collator.compare(a[key], b[key]);
  }
}

function isEmpty(row: ActionPlanRow, key: ActionPlanSortKey): boolean {
  return (key === 'lead' || key === 'timeline' || key === 'title') && row[key].trim() === '';
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
