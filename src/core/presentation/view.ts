/**
 * What the audience window may receive: the complete, closed list of public fields, as a zod
 * schema. Every object is strict, so a field that is not declared here (notes, contact details,
 * attributions, vote counts of hidden results) fails validation instead of slipping through; the
 * audience page validates every message against it and the tests validate every projection.
 */
import { z } from 'zod';
import { CARD_KINDS, PLANNING_AREAS, RESPONSE_TYPES, OUTCOME_LEVELS, SCORING_METHODS } from '../model';
import { QUADRANTS } from '../scoring/importance-changeability';
import { AGENDA_STEPS } from './agenda';

export const THEMES = ['standard', 'highContrast'] as const;
export type AudienceTheme = (typeof THEMES)[number];
export const TEXT_SIZES = ['large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const RESULT_SOURCES = ['dots', 'scores'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

const text = z.string().max(4000);
const id = z.string().min(1).max(200);
const count = z.number().int().min(0).max(1_000_000);
const more = count;

const titled = z.strictObject({ id, title: text });

const welcome = z.strictObject({
  kind: z.literal('welcome'),
  municipality: text,
  description: text,
  /** Organisation names only: no sectors, people or contact details. */
  partners: z.array(text).max(100),
  morePartners: more,
  session: z.strictObject({ title: text, date: text, place: text }).nullable(),
});

const capture = z.strictObject({
  kind: z.literal('capture'),
  total: count,
  counts: z.strictObject(Object.fromEntries(CARD_KINDS.map((k) => [k, count])) as Record<(typeof CARD_KINDS)[number], typeof count>),
  latest: z.array(z.strictObject({ id, text, kind: z.enum(CARD_KINDS) })).max(50),
});

const groupedCard = z.strictObject({ text, kind: z.enum(CARD_KINDS) });
const grouping = z.strictObject({
  kind: z.literal('grouping'),
  risks: z.array(z.strictObject({ id, title: text, cards: count })).max(50),
  moreRisks: more,
  ungrouped: count,
  focus: z.strictObject({ id, title: text, cards: z.array(groupedCard).max(50), moreCards: more }).nullable(),
});

const voting = z.strictObject({
  kind: z.literal('voting'),
  round: count,
  dotsPerParticipant: count,
  maxDotsPerRisk: count,
  risks: z.array(titled).max(50),
  moreRisks: more,
  /** Participants who have placed at least one dot this round: progress, not a result. */
  voted: count,
  voters: count,
});

const scoring = z.strictObject({
  kind: z.literal('scoring'),
  method: z.enum(SCORING_METHODS),
  scaleMin: z.number(),
  scaleMax: z.number(),
  criteria: z.array(z.strictObject({ name: text, description: text, weight: z.number() })).max(50),
  moreCriteria: more,
  risks: z.array(titled).max(50),
  moreRisks: more,
});

const resultsHidden = z.strictObject({
  kind: z.literal('resultsHidden'),
  source: z.enum(RESULT_SOURCES),
  voted: count,
  voters: count,
});

export const BAR_TAGS = ['failsScreen', ...QUADRANTS] as const;
const results = z.strictObject({
  kind: z.literal('results'),
  source: z.enum(RESULT_SOURCES),
  method: z.enum(['dots', ...SCORING_METHODS]),
  /** The value a full-width bar stands for. */
  maxValue: z.number().min(0),
  /** Digits after the decimal point of the values. */
  decimals: z.number().int().min(0).max(2),
  bars: z
    .array(
      z.strictObject({
        id,
        title: text,
        value: z.number().nullable(),
        rank: z.number().int().min(1).nullable(),
        tied: z.boolean(),
        priority: z.boolean(),
        focus: z.boolean(),
        tag: z.enum(BAR_TAGS).nullable(),
      }),
    )
    .max(50),
  moreBars: more,
});

const matrix = z.strictObject({
  kind: z.literal('matrix'),
  focused: z.boolean(),
  rows: z
    .array(
      z.strictObject({
        riskId: id,
        title: text,
        cells: z
          .array(
            z.strictObject({
              area: z.enum(PLANNING_AREAS),
              responses: z.array(z.strictObject({ title: text, type: z.enum(RESPONSE_TYPES), lead: text.nullable() })).max(50),
              more,
            }),
          )
          .length(PLANNING_AREAS.length),
      }),
    )
    .max(50),
  moreRows: more,
  gaps: count,
});

const outcomes = z.strictObject({
  kind: z.literal('outcomes'),
  groups: z
    .array(
      z.strictObject({
        riskId: id,
        title: text,
        outcomes: z
          .array(
            z.strictObject({
              statement: text,
              level: z.enum(OUTCOME_LEVELS),
              indicator: text,
              baseline: text,
              target: text,
              targetDate: text,
            }),
          )
          .max(50),
        more,
      }),
    )
    .max(50),
  moreGroups: more,
});

const wrapUp = z.strictObject({
  kind: z.literal('wrapUp'),
  priorities: z.array(text).max(50),
  morePriorities: more,
  counts: z.strictObject({ partners: count, cards: count, risks: count, priorities: count, responses: count, outcomes: count }),
  session: z.strictObject({ title: text, date: text, place: text }).nullable(),
});

const blank = z.strictObject({ kind: z.literal('blank') });

export const audienceScreenSchema = z.discriminatedUnion('kind', [
  welcome,
  capture,
  grouping,
  voting,
  scoring,
  resultsHidden,
  results,
  matrix,
  outcomes,
  wrapUp,
  blank,
]);
export type AudienceScreen = z.infer<typeof audienceScreenSchema>;
export type ScreenOf<K extends AudienceScreen['kind']> = Extract<AudienceScreen, { kind: K }>;

export const timerViewSchema = z.strictObject({
  durationMs: z.number().min(0),
  endsAt: z.number().nullable(),
  remainingMs: z.number().min(0),
});
export type TimerView = z.infer<typeof timerViewSchema>;

export const audienceViewSchema = z.strictObject({
  planId: id,
  planName: text,
  language: z.enum(['en', 'fr']),
  step: z.enum(AGENDA_STEPS),
  stepNumber: z.number().int().min(1),
  stepCount: z.number().int().min(1),
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  /** Null when the room does not see the timer. */
  timer: timerViewSchema.nullable(),
  screen: audienceScreenSchema,
});
export type AudienceView = z.infer<typeof audienceViewSchema>;
