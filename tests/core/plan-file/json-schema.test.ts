import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RECORD_TABLES } from '@core/model';
import { RECORD_DEFAULTS } from '@core/records';
import { planFileJsonSchema, planFileJsonSchemaText } from '@core/plan-file/json-schema';

const SCHEMA_FILE = resolve(import.meta.dirname, '../../../docs/plan-file.schema.json');

describe('docs/plan-file.schema.json', () => {
  test('is generated from the current write schemas (run `node scripts/gen-plan-schema.mjs` if stale)', () => {
    const text = planFileJsonSchemaText();
    if (process.env.CSWB_WRITE_PLAN_SCHEMA === '1') writeFileSync(SCHEMA_FILE, text);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed === text, 'docs/plan-file.schema.json is stale: run node scripts/gen-plan-schema.mjs').toBe(true);
  });

  test('names every record type in $defs and requires every model field', () => {
    const schema = planFileJsonSchema() as { $defs: Record<string, { required: string[]; additionalProperties: boolean }> };
    const names = ['Partner', 'Participant', 'WorkshopSession', 'CatalogueEntry', 'Risk', 'Card', 'Criterion', 'Score', 'Vote', 'PlanResponse', 'Outcome'];
    names.forEach((name, i) => {
      const def = schema.$defs[name];
      const table = RECORD_TABLES[i]!;
      expect(def?.additionalProperties).toBe(false);
      expect([...(def?.required ?? [])].sort()).toEqual(
        ['id', 'planId', 'createdAt', 'updatedAt', ...Object.keys(RECORD_DEFAULTS[table])].sort(),
      );
    });
  });
});
