import { describe, expect, test } from 'vitest';
import { emptySnapshot, RECORD_TABLES, type PlanSnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { decodePlanFile, encodePlanFile, planFileSchema, PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from '@core/plan-file';
import { counterContext, randomSnapshot } from '../helpers/builders';

const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };

function expectLossless(snapshot: PlanSnapshot): void {
  const text = encodePlanFile(snapshot, META);
  const result = decodePlanFile(text);
  if (!result.ok) throw new Error(`decode failed: ${JSON.stringify(result.error)}`);
  expect(result.repairs).toEqual([]);
  expect(result.snapshot).toEqual(snapshot);
  expect(result.migratedFrom).toBeNull();
  expect(result.savedAt).toBe(META.savedAt);
  expect(result.appVersion).toBe(META.appVersion);
}

function onlyPartners(): PlanSnapshot {
  const ctx = counterContext();
  const snap = emptySnapshot(newPlan({ name: 'Partners only' }, ctx));
  snap.partners = ['police', 'health', 'education'].map((sector) =>
    newRecord('partners', snap.plan.id, { name: `${sector} org`, sector, seats: [] }, ctx),
  );
  return snap;
}

describe('encodePlanFile then decodePlanFile is lossless', () => {
  test('an empty plan', () => expectLossless(emptySnapshot(newPlan({}, counterContext()))));
  test('a plan with partners only', () => expectLossless(onlyPartners()));
  test.each(Array.from({ length: 40 }, (_, seed) => seed + 1))('generated plan, seed %i', (seed) => {
    expectLossless(randomSnapshot(seed));
  });
  test('2,000 cards', () => {
    const snap = randomSnapshot(99, { cards: 2000, risks: 12, partners: 16, participants: 30 });
    expect(snap.cards).toHaveLength(2000);
    expectLossless(snap);
  });
  test('very long strings (1 MB of text in one card)', () => {
    const snap = randomSnapshot(7, { cards: 3 });
    snap.cards[0]!.text = 'Les aînés isolés 👵🏼 '.repeat(50_000);
    expectLossless(snap);
  });
  test('plan fields with RTL, emoji and escapes', () => {
    const plan = newPlan({ name: 'خطة 🛡️ "Riverbend"\n', municipality: 'Rivière-du-Pont \\ ᐊᓂᔑᓈᐯ' }, counterContext());
    expectLossless(emptySnapshot(plan));
  });
});

describe('encodePlanFile output', () => {
  const snap = randomSnapshot(3, { cards: 5, risks: 3 });
  const text = encodePlanFile(snap, META);

  test('matches the strict planFileSchema and carries the envelope', () => {
    const parsed = planFileSchema.parse(JSON.parse(text));
    expect(parsed.format).toBe(PLAN_FILE_FORMAT);
    expect(parsed.formatVersion).toBe(PLAN_FILE_VERSION);
    expect(parsed.app).toEqual({ name: 'CSWB Workshop', version: '0.1.0' });
    expect(Object.keys(parsed.records)).toEqual([...RECORD_TABLES]);
  });

  test('writes one record per line', () => {
    const cardLines = text.split('\n').filter((line) => line.includes('"kind":'));
    expect(cardLines).toHaveLength(5);
  });

  test('leaves out properties the model does not have', () => {
    const withExtra = structuredClone(snap);
    Object.assign(withExtra.cards[0]!, { selected: true });
    Object.assign(withExtra.plan, { uiState: { zoom: 2 } });
    const result = decodePlanFile(encodePlanFile(withExtra, META));
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.snapshot).toEqual(snap);
  });

  test('is stable: re-encoding a decoded file gives the same text', () => {
    const result = decodePlanFile(text);
    expect(result.ok && encodePlanFile(result.snapshot, META)).toBe(text);
  });
});
