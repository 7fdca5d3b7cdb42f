/**
 * A priority profile in the framework's shape: problem statement, vulnerable groups, risk factors,
 * protective factors, activities by planning area (with leads) and outcomes at three levels.
 * The text fields live on the risk; this gathers the rest from the plan's records.
 */
import {
  OUTCOME_LEVELS,
  PLANNING_AREAS,
  type Card,
  type Id,
  type Outcome,
  type OutcomeLevel,
  type PlanResponse,
  type PlanningArea,
  type Risk,
} from '../model';

export interface PriorityProfile {
  risk: Risk;
  /**
   * Risk-catalogue ids: the risk's categories, then specific factors tagged on its cards that
   * the categories do not already name (`drugs.overdose` under `drugs` is shown; a second
   * `drugs.overdose` is not).
   */
  riskFactorIds: string[];
  /** Protective-factor cards grouped under this risk, in card order. */
  protectiveCards: Card[];
  activities: Record<PlanningArea, PlanResponse[]>;
  /** Outcomes of the priority itself and of its responses, by level. */
  outcomes: Record<OutcomeLevel, Outcome[]>;
}

export function priorityProfile(
  risk: Risk,
  cards: readonly Card[],
  responses: readonly PlanResponse[],
  outcomes: readonly Outcome[],
): PriorityProfile {
  const ownCards = cards.filter((c) => c.riskId === risk.id).sort((a, b) => a.order - b.order);
  const riskFactorIds = [...new Set([...risk.categories, ...ownCards.flatMap((c) => c.tags)])];
  const ownResponses = responses.filter((r) => r.riskId === risk.id).sort((a, b) => a.order - b.order);
  const responseIds = new Set<Id>(ownResponses.map((r) => r.id));
  const activities = Object.fromEntries(PLANNING_AREAS.map((area) => [area, ownResponses.filter((r) => r.area === area)])) as Record<
    PlanningArea,
    PlanResponse[]
  >;
  const ownOutcomes = outcomes
    .filter((o) => o.riskId === risk.id || (o.responseId !== null && responseIds.has(o.responseId)))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const byLevel = Object.fromEntries(OUTCOME_LEVELS.map((level) => [level, ownOutcomes.filter((o) => o.level === level)])) as Record<
    OutcomeLevel,
    Outcome[]
  >;
  return {
    risk,
    riskFactorIds,
    protectiveCards: ownCards.filter((c) => c.kind === 'protectiveFactor'),
    activities,
    outcomes: byLevel,
  };
}

/** The priority an outcome belongs to: its own risk, or the risk of its response. */
export function outcomePriorityId(outcome: Outcome, responses: readonly PlanResponse[]): Id | null {
  if (outcome.riskId) return outcome.riskId;
  return responses.find((r) => r.id === outcome.responseId)?.riskId ?? null;
}
