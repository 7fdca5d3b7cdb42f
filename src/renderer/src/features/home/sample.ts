/** Puts the built-in Riverbend sample workshop (src/core/sample) into the database as a new plan. */
import { buildRiverbendSample } from '@core/sample/riverbend';
import { defaultRecordContext } from '@core/records';
import type { CswbDatabase } from '../../db/database';
import { importSnapshot } from '../../domain/snapshot';

export async function createSamplePlan(db: CswbDatabase, name: string): Promise<string> {
  const snapshot = buildRiverbendSample(defaultRecordContext);
  snapshot.plan = { ...snapshot.plan, name };
  await importSnapshot(db, snapshot, { path: null, name: null });
  return snapshot.plan.id;
}
