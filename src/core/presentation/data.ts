/** The inputs of the audience projection: the plan's records and what the facilitator chose to show. */
import type { Id, PlanSnapshot } from '../model';
import type { WorkshopStage } from './agenda';
import type { ResultSource, TextSize } from './view';

/** The tables the projection reads (catalogue entries never reach the room). */
export type PresentationData = Pick<
  PlanSnapshot,
  'plan' | 'partners' | 'participants' | 'sessions' | 'cards' | 'risks' | 'votes' | 'criteria' | 'scores' | 'responses' | 'outcomes'
>;

export interface ProjectionRequest {
  /** The facilitator's current screen. */
  stage: WorkshopStage;
  /** The risk the facilitator spotlights (grouping, results, matrix, outcomes), if any. */
  focusRiskId: Id | null;
  resultSource: ResultSource;
  textSize: TextSize;
  /** Local date (yyyy-mm-dd), to pick today's or the next session. */
  today: string;
}
