/**
 * JSON Schema of the plan file, generated from the strict write schemas with zod's toJSONSchema.
 * docs/plan-file.schema.json is this text; a test fails when the committed copy is stale
 * (regenerate with `node scripts/gen-plan-schema.mjs`).
 */
import { z } from 'zod';
import {
  planFileSchema,
  planSchema,
  priorityDecisionSchema,
  RECORD_SCHEMAS,
  scoringSettingsSchema,
  timestampSchema,
  votingSettingsSchema,
} from './schemas';

const DEF_NAMES = {
  partners: 'Partner',
  participants: 'Participant',
  sessions: 'WorkshopSession',
  catalogueEntries: 'CatalogueEntry',
  risks: 'Risk',
  cards: 'Card',
  criteria: 'Criterion',
  scores: 'Score',
  votes: 'Vote',
  responses: 'PlanResponse',
  outcomes: 'Outcome',
} as const;

export function planFileJsonSchema(): Record<string, unknown> {
  // A private registry: named schemas become $defs without touching zod's global registry.
  const registry = z.registry<{ id: string }>();
  registry.add(timestampSchema, { id: 'Timestamp' });
  registry.add(planSchema, { id: 'Plan' });
  registry.add(votingSettingsSchema, { id: 'VotingSettings' });
  registry.add(scoringSettingsSchema, { id: 'ScoringSettings' });
  registry.add(priorityDecisionSchema, { id: 'PriorityDecision' });
  for (const [table, name] of Object.entries(DEF_NAMES)) {
    registry.add(RECORD_SCHEMAS[table as keyof typeof DEF_NAMES], { id: name });
  }
  const generated = z.toJSONSchema(planFileSchema, { metadata: registry, target: 'draft-2020-12' });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    title: 'CSWB Workshop plan file',
    description:
      'A whole Community Safety and Well-Being plan: the plan settings and one array per record table. See docs/plan-file-format.md.',
    ...rest,
  };
}

export function planFileJsonSchemaText(): string {
  return `${JSON.stringify(planFileJsonSchema(), null, 2)}\n`;
}
