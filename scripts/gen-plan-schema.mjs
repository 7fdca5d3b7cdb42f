// Regenerates docs/plan-file.schema.json from the strict zod write schemas (src/core/plan-file).
// The schemas are TypeScript, so this runs the schema test through Vitest with a write flag:
// the same code path that, without the flag, fails when the committed schema is stale.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const result = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'node', 'tests/core/plan-file/json-schema.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CSWB_WRITE_PLAN_SCHEMA: '1' } },
);
process.exit(result.status ?? 1);
