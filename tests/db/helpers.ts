/** A fresh, real IndexedDB database per test (Chromium, through Dexie), deleted afterwards. */
import { afterEach } from 'vitest';
import { openDatabase, type CswbDatabase } from '@renderer/db/database';
import { createPlan } from '@renderer/domain/plans';

const opened: CswbDatabase[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export function freshDb(): CswbDatabase {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

export async function dbWithPlan(): Promise<{ db: CswbDatabase; planId: string }> {
  const db = freshDb();
  const plan = await createPlan(db, { name: 'Test plan', municipality: 'Riverbend' });
  return { db, planId: plan.id };
}
