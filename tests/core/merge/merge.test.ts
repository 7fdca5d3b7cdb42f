/**
 * Merging two laptops' copies of one plan, against hand-built cases for every rule of
 * docs/merge-rules.md, plus properties on generated plans (symmetry, idempotence).
 */
import { describe, expect, test } from 'vitest';
import { mergeSnapshots, describeMergeReport, type MergeResult } from '@core/merge';
import { RECORD_TABLES, type PlanSnapshot } from '@core/model';
import { newRecord } from '@core/records';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { counterContext, randomSnapshot } from '../helpers/builders';
import { META, smallPlan } from '../plan-file/fixtures';

const LATER = '2025-10-07T15:00:00.000Z';
const LATEST = '2025-10-07T16:00:00.000Z';

const clone = (s: PlanSnapshot): PlanSnapshot => structuredClone(s);
function merged(result: MergeResult) {
  if (!result.ok) throw new Error(`merge failed: ${JSON.stringify(result.error)}`);
  return result;
}
/** Tables sorted by id, as the merge returns them. */
function sorted(s: PlanSnapshot): PlanSnapshot {
  const out = clone(s);
  for (const table of RECORD_TABLES) (out[table] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

describe('records on one side only', () => {
  test('cards added on each laptop are all kept', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    const ctxA = counterContext('a', LATER);
    const ctxB = counterContext('b', LATER);
    a.cards.push(newRecord('cards', base.plan.id, { text: 'Vaping in grade 9', riskId: 'id-6' }, ctxA));
    b.cards.push(newRecord('cards', base.plan.id, { text: 'Seniors isolated downtown' }, ctxB), newRecord('cards', base.plan.id, { text: 'Food bank lines' }, ctxB));
    const { snapshot, report } = merged(mergeSnapshots(a, b));
    expect(snapshot.cards.map((c) => c.text).sort()).toEqual(['Food bank lines', 'More overdose calls downtown', 'Seniors isolated downtown', 'Vaping in grade 9']);
    expect(report.counts.cards).toEqual({ total: 4, onlyOurs: 1, onlyTheirs: 2, same: 1, merged: 0, deleted: 0 });
    expect(report.conflicts).toEqual([]);
    expect(report.repairs).toEqual([]);
  });

  test('without a base, a record deleted on one laptop comes back (nothing is lost)', () => {
    const a = smallPlan();
    const b = clone(a);
    b.risks = b.risks.filter((r) => r.id !== 'id-7');
    const { snapshot, report } = merged(mergeSnapshots(a, b));
    expect(snapshot.risks.map((r) => r.id)).toEqual(['id-6', 'id-7']);
    expect(report.threeWay).toBe(false);
    expect(report.notes).toEqual([]);
  });

  test('with a base, a record one laptop deleted and the other left alone is deleted', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    b.risks = b.risks.filter((r) => r.id !== 'id-7');
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.risks.map((r) => r.id)).toEqual(['id-6']);
    expect(report.counts.risks.deleted).toBe(1);
    expect(report.notes).toEqual([{ code: 'deleted', table: 'risks', id: 'id-7', by: 'theirs' }]);
  });

  test('with a base, deleted on one side but edited on the other: the edit is kept', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    a.risks = a.risks.filter((r) => r.id !== 'id-7');
    Object.assign(b.risks[1]!, { title: 'Housing instability and evictions', updatedAt: LATER });
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.risks.find((r) => r.id === 'id-7')?.title).toBe('Housing instability and evictions');
    expect(report.notes).toEqual([{ code: 'keptEdited', table: 'risks', id: 'id-7', editedBy: 'theirs' }]);
  });

  test('a deletion cascades through the repair: cards under a deleted risk are ungrouped, its votes dropped', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    // Laptop B deleted the overdose risk with everything under it, except what laptop A still has.
    b.risks = b.risks.filter((r) => r.id !== 'id-6');
    b.cards = [];
    b.scores = [];
    b.votes = [];
    b.responses = [];
    b.outcomes = [];
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.risks.map((r) => r.id)).toEqual(['id-7']);
    expect(snapshot.votes).toEqual([]);
    expect(report.counts.cards.deleted).toBe(1);
    expect(report.repairs).toEqual([]);
  });

  test('a card added on A under a risk B deleted keeps the card, ungrouped, and says so', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    a.cards.push(newRecord('cards', base.plan.id, { text: 'Also housing', riskId: 'id-7' }, counterContext('a', LATER)));
    b.risks = b.risks.filter((r) => r.id !== 'id-7');
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.cards.find((c) => c.text === 'Also housing')?.riskId).toBeNull();
    expect(report.repairs.map((r) => [r.code, r.path])).toEqual([['danglingReference', 'records.cards[0].riskId']]);
  });
});

describe('records edited on both sides', () => {
  test('without a base, the copy updated last wins every differing field', () => {
    const a = smallPlan();
    const b = clone(a);
    Object.assign(a.partners[0]!, { name: 'Riverbend Police', notes: 'A note', updatedAt: LATER });
    Object.assign(b.partners[0]!, { name: 'Riverbend Police Service (RPS)', updatedAt: LATEST });
    const { snapshot, report } = merged(mergeSnapshots(a, b));
    expect(snapshot.partners[0]).toMatchObject({ name: 'Riverbend Police Service (RPS)', notes: '', updatedAt: LATEST });
    expect(report.conflicts).toEqual([{ table: 'partners', id: 'id-2', fields: [{ field: 'name', winner: 'theirs' }, { field: 'notes', winner: 'theirs' }] }]);
  });

  test('with a base, different fields edited on each side are both kept (no conflict)', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    Object.assign(a.partners[0]!, { notes: 'Chief attends in November', updatedAt: LATER });
    Object.assign(b.partners[0]!, { contactName: 'Sgt. Rivera', updatedAt: LATEST });
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.partners[0]).toMatchObject({ notes: 'Chief attends in November', contactName: 'Sgt. Rivera', updatedAt: LATEST });
    expect(report.conflicts).toEqual([]);
    expect(report.counts.partners.merged).toBe(1);
  });

  test('with a base, the same field edited on both sides: the later edit wins and is reported', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    Object.assign(a.risks[0]!, { title: 'Overdose', problemStatement: 'Calls doubled', updatedAt: LATEST });
    Object.assign(b.risks[0]!, { title: 'Opioid overdose', updatedAt: LATER });
    const { snapshot, report } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.risks[0]).toMatchObject({ title: 'Overdose', problemStatement: 'Calls doubled', updatedAt: LATEST });
    expect(report.conflicts).toEqual([{ table: 'risks', id: 'id-6', fields: [{ field: 'title', winner: 'ours' }] }]);
  });

  test('equal times: the tie is broken by content, the same whichever file comes first', () => {
    const a = smallPlan();
    const b = clone(a);
    a.cards[0]!.text = 'Apple';
    b.cards[0]!.text = 'Banana';
    const ab = merged(mergeSnapshots(a, b)).snapshot;
    const ba = merged(mergeSnapshots(b, a)).snapshot;
    expect(ab).toEqual(ba);
    expect(['Apple', 'Banana']).toContain(ab.cards[0]!.text);
  });

  test('plan settings merge field by field too', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    Object.assign(a.plan, { name: 'Riverbend CSWB plan 2026', updatedAt: LATER });
    Object.assign(b.plan, { voting: { ...b.plan.voting, revealed: true }, updatedAt: LATEST });
    const { snapshot } = merged(mergeSnapshots(a, b, { base }));
    expect(snapshot.plan.name).toBe('Riverbend CSWB plan 2026');
    expect(snapshot.plan.voting.revealed).toBe(true);
    expect(snapshot.plan.updatedAt).toBe(LATEST);
  });
});

describe('votes and scores', () => {
  test('one vote per participant, risk and round: the latest is kept', () => {
    const a = smallPlan();
    const b = clone(a);
    // Both laptops recorded Sgt. Rivera's dots on overdose, as different records.
    b.votes = [newRecord('votes', a.plan.id, { riskId: 'id-6', participantId: 'id-4', dots: 1 }, counterContext('b', LATER))];
    const { snapshot, report } = merged(mergeSnapshots(a, b));
    expect(snapshot.votes).toHaveLength(1);
    expect(snapshot.votes[0]).toMatchObject({ id: 'b-1', dots: 1 });
    expect(report.notes).toContainEqual({ code: 'duplicateBallot', table: 'votes', keptId: 'b-1', droppedId: 'id-11' });
  });

  test('one score per rater, risk and criterion', () => {
    const a = smallPlan();
    const b = clone(a);
    b.scores = [newRecord('scores', a.plan.id, { riskId: 'id-6', criterionId: 'id-9', raterId: 'id-4', value: 3 }, counterContext('b', LATER))];
    const { snapshot } = merged(mergeSnapshots(a, b));
    expect(snapshot.scores.map((s) => s.value)).toEqual([3]);
  });

  test('a ballot over the allowance after merging is kept and reported', () => {
    const a = smallPlan();
    a.plan.voting = { ...a.plan.voting, dotsPerParticipant: 3 };
    const b = clone(a);
    b.votes = [newRecord('votes', a.plan.id, { riskId: 'id-7', participantId: 'id-4', dots: 2 }, counterContext('b', LATER))];
    const { snapshot, report } = merged(mergeSnapshots(a, b));
    expect(snapshot.votes).toHaveLength(2);
    expect(report.notes).toContainEqual({ code: 'ballotOverAllowance', participantId: 'id-4', round: 1, dots: 4, allowed: 3 });
  });
});

describe('refusals', () => {
  test('two different plans are not merged', () => {
    const a = smallPlan();
    const b = randomSnapshot(4);
    expect(mergeSnapshots(a, b)).toEqual({ ok: false, error: { kind: 'differentPlans', ours: 'id-1', theirs: b.plan.id } });
  });
  test('a base of another plan is refused', () => {
    const a = smallPlan();
    expect(mergeSnapshots(a, a, { base: randomSnapshot(4) }).ok).toBe(false);
  });
});

describe('properties on generated plans', () => {
  /** Two laptops diverge from a base: each edits, adds and deletes a few records. */
  function diverge(seed: number): { base: PlanSnapshot; a: PlanSnapshot; b: PlanSnapshot } {
    const base = randomSnapshot(seed, { cards: 12, risks: 5, partners: 4, participants: 5 });
    const a = clone(base);
    const b = clone(base);
    a.cards.splice(seed % a.cards.length, 1);
    if (b.cards[1]) Object.assign(b.cards[1], { text: `edited on B ${seed}`, updatedAt: LATER });
    if (a.cards[1]) Object.assign(a.cards[1], { kind: 'asset', updatedAt: LATEST });
    if (b.partners[0]) Object.assign(b.partners[0], { name: `Partner B ${seed}`, updatedAt: LATER });
    a.cards.push(newRecord('cards', base.plan.id, { text: `new on A ${seed}` }, counterContext(`a${seed}`, LATER)));
    b.risks.push(newRecord('risks', base.plan.id, { title: `new risk on B ${seed}` }, counterContext(`b${seed}`, LATER)));
    return { base, a, b };
  }

  test.each(Array.from({ length: 12 }, (_, i) => i + 1))('seed %i: symmetric, idempotent, loses no new record, writes a valid file', (seed) => {
    const { base, a, b } = diverge(seed);
    for (const withBase of [null, base]) {
      const ab = merged(mergeSnapshots(a, b, { base: withBase }));
      const ba = merged(mergeSnapshots(b, a, { base: withBase }));
      expect(ab.snapshot).toEqual(ba.snapshot);
      // Merging the result with either side again changes nothing.
      expect(merged(mergeSnapshots(ab.snapshot, ab.snapshot)).snapshot).toEqual(ab.snapshot);
      expect(merged(mergeSnapshots(ab.snapshot, a, { base: withBase ?? undefined })).snapshot.cards.length).toBeGreaterThanOrEqual(ab.snapshot.cards.length - 1);
      expect(ab.snapshot.cards.some((c) => c.text === `new on A ${seed}`)).toBe(true);
      expect(ab.snapshot.risks.some((r) => r.title === `new risk on B ${seed}`)).toBe(true);
      const decoded = decodePlanFile(encodePlanFile(ab.snapshot, META));
      expect(decoded.ok && decoded.repairs).toEqual([]);
    }
  });

  test('merging a plan with itself gives the plan back (sorted by id)', () => {
    const s = randomSnapshot(21);
    const { snapshot, report } = merged(mergeSnapshots(s, clone(s)));
    expect(snapshot).toEqual(sorted(decodedOf(s)));
    expect(report.conflicts).toEqual([]);
  });

  test('the summary names what happened', () => {
    const base = smallPlan();
    const a = clone(base);
    const b = clone(base);
    b.risks = b.risks.filter((r) => r.id !== 'id-7');
    const lines = describeMergeReport(merged(mergeSnapshots(a, b, { base })).report, { ours: 'a.cswb', theirs: 'b.cswb' });
    expect(lines).toContain('Deleted risks id-7: removed in b.cswb.');
    expect(lines[0]).toMatch(/^Three-way merge/);
  });
});

function decodedOf(s: PlanSnapshot): PlanSnapshot {
  const r = decodePlanFile(encodePlanFile(s, META));
  if (!r.ok) throw new Error('decode');
  return r.snapshot;
}
