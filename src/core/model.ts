/**
 * The CSWB plan domain model: every record a plan holds, as plain data.
 *
 * These types are shared by the database (src/renderer/db), the plan-file codec
 * (src/core/plan-file) and every screen. Records are flat and reference each other by id
 * so that they store in IndexedDB tables, serialise to JSON unchanged and merge per record.
 * Every record carries `planId`, `createdAt` and `updatedAt` (ISO 8601 strings): the
 * timestamps drive the merge rules of plan files captured on two laptops.
 */

export const PLANNING_AREAS = [
  'socialDevelopment',
  'prevention',
  'riskIntervention',
  'incidentResponse',
] as const;
export type PlanningArea = (typeof PLANNING_AREAS)[number];

/** What a participant brought to the room. Kept apart so assets never get voted on as risks. */
export const CARD_KINDS = ['risk', 'challenge', 'asset', 'protectiveFactor', 'idea'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const RESPONSE_TYPES = ['existing', 'enhanced', 'new'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

export const RESPONSE_STATUSES = ['proposed', 'planned', 'inProgress', 'done', 'onHold'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const OUTCOME_LEVELS = ['immediate', 'intermediate', 'longTerm'] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

export const SCORING_METHODS = ['weighted', 'hanlon', 'importanceChangeability'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export type Iso = string;
export type Id = string;

export interface RecordBase {
  id: Id;
  planId: Id;
  createdAt: Iso;
  updatedAt: Iso;
}

export interface VotingSettings {
  /** Dots each participant may place in one round. */
  dotsPerParticipant: number;
  /** Most dots one participant may stack on one risk. */
  maxDotsPerRisk: number;
  /** The round now open; votes of earlier rounds are kept. */
  round: number;
  /** Whether results of the current round are shown (votes stay hidden until revealed). */
  revealed: boolean;
}

export interface ScoringSettings {
  method: ScoringMethod;
  scaleMin: number;
  scaleMax: number;
  revealed: boolean;
}

export interface Plan {
  id: Id;
  name: string;
  municipality: string;
  description: string;
  createdAt: Iso;
  updatedAt: Iso;
  voting: VotingSettings;
  scoring: ScoringSettings;
}

/** An organisation taking part. `sector` is a sector catalogue id (src/core/catalogue). */
export interface Partner extends RecordBase {
  name: string;
  sector: string;
  contactName: string;
  contactEmail: string;
  notes: string;
  /** Legislated advisory-committee seats this organisation fills. */
  seats: string[];
  /** Consultation groups this organisation represents (youth, Indigenous communities...). */
  consultationGroups: string[];
}

/** A person in the room (or on the survey). May vote and score. */
export interface Participant extends RecordBase {
  name: string;
  partnerId: Id | null;
  /** Sector when the person speaks for a sector without an organisation. */
  sector: string | null;
  consultationGroups: string[];
}

export interface WorkshopSession extends RecordBase {
  title: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string;
  place: string;
  notes: string;
  attendeeIds: Id[];
}

export interface Card extends RecordBase {
  text: string;
  kind: CardKind;
  /** Attribution: a participant, an organisation, a sector only, or none (anonymous). */
  participantId: Id | null;
  partnerId: Id | null;
  sector: string | null;
  sessionId: Id | null;
  /** The candidate risk this card was grouped under. */
  riskId: Id | null;
  /** Risk-catalogue entry ids (built-in or user-defined). */
  tags: string[];
  order: number;
}

export interface PriorityDecision {
  date: string;
  method: string;
  presentPartnerIds: Id[];
  note: string;
}

export interface Risk extends RecordBase {
  title: string;
  description: string;
  /** Risk-catalogue category ids. */
  categories: string[];
  isPriority: boolean;
  priorityDecision: PriorityDecision | null;
  /** Priority profile (framework shape). */
  problemStatement: string;
  vulnerableGroups: string;
  protectiveFactors: string;
  order: number;
}

export interface Criterion extends RecordBase {
  name: string;
  description: string;
  weight: number;
  /** For method templates: Hanlon 'A' | 'B' | 'C', or 'importance' | 'changeability'. */
  role: string | null;
  order: number;
}

export interface Score extends RecordBase {
  riskId: Id;
  criterionId: Id;
  /** Participant or partner id giving the score. */
  raterId: Id;
  value: number;
}

export interface Vote extends RecordBase {
  riskId: Id;
  participantId: Id;
  round: number;
  dots: number;
}

export interface PlanResponse extends RecordBase {
  riskId: Id;
  area: PlanningArea;
  title: string;
  description: string;
  type: ResponseType;
  leadPartnerId: Id | null;
  supportingPartnerIds: Id[];
  status: ResponseStatus;
  timeline: string;
  resources: string;
  /** The asset card this response was made from, if any. */
  sourceCardId: Id | null;
  order: number;
}

export interface Outcome extends RecordBase {
  riskId: Id | null;
  responseId: Id | null;
  statement: string;
  level: OutcomeLevel;
  indicator: string;
  baseline: string;
  baselineDate: string;
  target: string;
  targetDate: string;
  dataSource: string;
  collectionMethod: string;
  frequency: string;
  responsibility: string;
}

/** A user-defined risk-catalogue entry (the built-in catalogue lives in src/core/catalogue). */
export interface CatalogueEntry extends RecordBase {
  labelEn: string;
  labelFr: string;
  /** Built-in category id this entry refines, or null for a new category. */
  parentCategory: string | null;
}

/** The tables of a plan, in dependency order (a record only references tables before it). */
export const RECORD_TABLES = [
  'partners',
  'participants',
  'sessions',
  'catalogueEntries',
  'risks',
  'cards',
  'criteria',
  'scores',
  'votes',
  'responses',
  'outcomes',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export interface RecordTypes {
  partners: Partner;
  participants: Participant;
  sessions: WorkshopSession;
  catalogueEntries: CatalogueEntry;
  risks: Risk;
  cards: Card;
  criteria: Criterion;
  scores: Score;
  votes: Vote;
  responses: PlanResponse;
  outcomes: Outcome;
}

/** A whole plan as data: what a plan file carries and what the database imports. */
export type PlanSnapshot = { plan: Plan } & { [T in RecordTable]: RecordTypes[T][] };

export function emptySnapshot(plan: Plan): PlanSnapshot {
  return {
    plan,
    partners: [],
    participants: [],
    sessions: [],
    catalogueEntries: [],
    risks: [],
    cards: [],
    criteria: [],
    scores: [],
    votes: [],
    responses: [],
    outcomes: [],
  };
}
