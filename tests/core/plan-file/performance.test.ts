/** Smoke test only: prints timings of a ~50 MB file, asserts results, never timings. */
import { expect, test } from 'vitest';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { randomSnapshot } from '../helpers/builders';

const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };

test('a ~50 MB plan encodes and decodes (timings printed)', { timeout: 120_000 }, () => {
  const snap = randomSnapshot(2025, { cards: 60_000, risks: 40, partners: 40, participants: 200, criteria: 6, responses: 2000 });
  // Long card texts bring the file to about 50 MB, like years of workshop input with notes.
  snap.cards.forEach((card, i) => (card.text = `${card.text} ${'Participant note about local risk and protective factors. '.repeat(12)}${i}`));

  let start = performance.now();
  const text = encodePlanFile(snap, META);
  const encodeMs = performance.now() - start;

  start = performance.now();
  const result = decodePlanFile(text);
  const decodeMs = performance.now() - start;
  expect(result.ok && result.repairs.length).toBe(0);

  // The repair (slow) path: every card carries an unknown field.
  const damaged = text.replace(/"kind":/g, '"legacy":1,"kind":');
  start = performance.now();
  const repaired = decodePlanFile(damaged);
  const repairMs = performance.now() - start;
  expect(repaired.ok && repaired.repairs.length).toBe(snap.cards.length);

  console.log(
    `plan file ${(text.length / 1e6).toFixed(1)} M chars, ${snap.cards.length} cards: ` +
      `encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms, decode with repairs ${repairMs.toFixed(0)} ms`,
  );
  expect(text.length).toBeGreaterThan(45e6);
});
