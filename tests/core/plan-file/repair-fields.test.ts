import { describe, expect, test } from 'vitest';
import { RECORD_TABLES } from '@core/model';
import { RECORD_DEFAULTS } from '@core/records';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { RECORD_SCHEMAS } from '@core/plan-file/schemas';
import { card, decodeDamaged, META, smallPlan, type RawFile } from './fixtures';

const codes = (result: { repairs: { code: string; path: string }[] }) => result.repairs.map((r) => `${r.code} ${r.path}`);

describe('the plan object', () => {
  const decode = (edit: (file: RawFile) => void) => {
    const file = JSON.parse(encodePlanFile(smallPlan(), META)) as RawFile;
    edit(file);
    return decodePlanFile(JSON.stringify(file));
  };
  test('a missing plan makes the file invalid', () => {
    expect(decode((f) => delete (f as Partial<RawFile>).plan)).toEqual({
      ok: false,
      error: { kind: 'invalid', problems: [{ path: 'plan', message: 'The file has no plan.' }] },
    });
  });
  test('a plan that is not an object, or has no id, makes the file invalid', () => {
    expect(decode((f) => (f.plan = 'x' as unknown as RawFile['plan']))).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(decode((f) => (f.plan.id = ''))).toMatchObject({ ok: false, error: { kind: 'invalid', problems: [{ path: 'plan.id' }] } });
  });
  test('other plan fields are rebuilt from newPlan defaults, nested ones field by field', () => {
    const result = decodeDamaged((f) => {
      delete f.plan.name;
      (f.plan.voting as Record<string, unknown>).dotsPerParticipant = 'five';
      f.plan.scoring = null;
    });
    expect(codes(result)).toEqual(['defaulted plan.name', 'defaulted plan.voting.dotsPerParticipant', 'defaulted plan.scoring']);
    expect(result.snapshot.plan.name).toBe('');
    expect(result.snapshot.plan.voting).toEqual({ dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1, revealed: false });
    expect(result.snapshot.plan.scoring).toEqual({ method: 'weighted', scaleMin: 1, scaleMax: 5, revealed: false });
  });
  test('a scale that does not run upwards is reset', () => {
    const result = decodeDamaged((f) => Object.assign(f.plan.scoring as object, { scaleMin: 5, scaleMax: 1 }));
    expect(codes(result)).toEqual(['defaulted plan.scoring']);
    expect(result.snapshot.plan.scoring).toMatchObject({ scaleMin: 1, scaleMax: 5 });
  });
});

describe('record fields', () => {
  test('missing fields take the RECORD_DEFAULTS value and are reported', () => {
    const result = decodeDamaged((f) => {
      f.records.cards = [{ id: 'id-8', planId: 'id-1', createdAt: '2025-10-07T13:00:00.000Z', updatedAt: '2025-10-07T13:00:00.000Z' }];
    });
    const fields = Object.keys(RECORD_DEFAULTS.cards);
    expect(codes(result)).toEqual(fields.map((field) => `defaulted records.cards[0].${field}`));
    expect(result.snapshot.cards[0]).toMatchObject(RECORD_DEFAULTS.cards);
  });
  test('values are never coerced: "3" is not a number, "true" is not a boolean', () => {
    const result = decodeDamaged((f) => {
      card(f).order = '3';
      f.records.risks![0]!.isPriority = 'true';
    });
    expect(result.snapshot.cards[0]?.order).toBe(0);
    expect(result.snapshot.risks[0]?.isPriority).toBe(false);
    expect(codes(result)).toEqual(['defaulted records.risks[0].isPriority', 'defaulted records.cards[0].order']);
  });
  test('an unknown enum value takes the default and the message says why', () => {
    const result = decodeDamaged((f) => (card(f).kind = 'threat'));
    expect(result.snapshot.cards[0]?.kind).toBe('risk');
    expect(result.repairs[0]?.message).toMatch(/^Invalid \(.+\); set to "risk"\.$/);
  });
  test('unknown fields are reported and left out', () => {
    const result = decodeDamaged((f) => {
      card(f).colour = 'yellow';
      f.plan.theme = 'dark';
      f.extra = 1;
    });
    expect(codes(result)).toEqual(['unknownField extra', 'unknownField plan.theme', 'unknownField records.cards[0].colour']);
    expect(result.snapshot.cards[0]).not.toHaveProperty('colour');
    expect(result.snapshot.plan).not.toHaveProperty('theme');
  });
  test('a list keeps its valid entries', () => {
    const result = decodeDamaged((f) => (card(f).tags = ['drugs.overdose', 5, '', null, 'housing.eviction']));
    expect(result.snapshot.cards[0]?.tags).toEqual(['drugs.overdose', 'housing.eviction']);
    expect(result.repairs).toEqual([{ code: 'droppedValue', path: 'records.cards[0].tags', message: 'Removed 3 invalid of 5 entries.' }]);
  });
  test('a partial priority decision is completed field by field', () => {
    const result = decodeDamaged((f) => (f.records.risks![0]!.priorityDecision = { date: '2025-10-21', presentPartnerIds: ['id-2'] }));
    expect(result.snapshot.risks[0]?.priorityDecision).toEqual({ date: '2025-10-21', method: '', presentPartnerIds: ['id-2'], note: '' });
    expect(codes(result)).toEqual(['defaulted records.risks[0].priorityDecision.method', 'defaulted records.risks[0].priorityDecision.note']);
  });
  test("records of another plan are moved to this plan's id", () => {
    const result = decodeDamaged((f) => {
      card(f).planId = 'other-plan';
      delete f.records.risks![1]!.planId;
    });
    expect(result.snapshot.cards[0]?.planId).toBe('id-1');
    expect(result.snapshot.risks[1]?.planId).toBe('id-1');
    expect(codes(result)).toEqual(['defaulted records.risks[1].planId', 'defaulted records.cards[0].planId']);
  });
  test("a bad timestamp takes the record's other timestamp, else the plan's updatedAt", () => {
    const result = decodeDamaged((f) => {
      card(f).createdAt = 'yesterday';
      card(f).updatedAt = '2025-11-01T09:00:00.000Z';
      f.records.risks![0]!.createdAt = 12;
      delete f.records.risks![0]!.updatedAt;
      f.plan.updatedAt = '2025-10-30T10:00:00.000Z';
    });
    expect(result.snapshot.cards[0]).toMatchObject({ createdAt: '2025-11-01T09:00:00.000Z', updatedAt: '2025-11-01T09:00:00.000Z' });
    expect(result.snapshot.risks[0]).toMatchObject({ createdAt: '2025-10-30T10:00:00.000Z', updatedAt: '2025-10-30T10:00:00.000Z' });
  });
});

describe('tables and records', () => {
  test('a record that is not an object is dropped', () => {
    const result = decodeDamaged((f) => f.records.risks!.push('Food insecurity' as never, null as never, [] as never));
    expect(result.snapshot.risks).toHaveLength(2);
    expect(codes(result)).toEqual(['droppedRecord records.risks[2]', 'droppedRecord records.risks[3]', 'droppedRecord records.risks[4]']);
  });
  test('votes and scores with an unusable judgement are dropped, not invented', () => {
    const result = decodeDamaged((f) => {
      f.records.votes![0]!.dots = '2';
      f.records.scores![0]!.value = null;
    });
    expect(result.snapshot.votes).toEqual([]);
    expect(result.snapshot.scores).toEqual([]);
    expect(codes(result)).toEqual(['droppedRecord records.scores[0]', 'droppedRecord records.votes[0]']);
  });
  test('a missing or malformed table reads as empty; an unknown table is left out', () => {
    const result = decodeDamaged((f) => {
      delete f.records.outcomes;
      f.records.votes = 'none' as never;
      f.records.comments = [];
    });
    expect(result.snapshot.outcomes).toEqual([]);
    expect(result.snapshot.votes).toEqual([]);
    expect(codes(result)).toEqual(['unknownField records.comments', 'defaulted records.votes', 'defaulted records.outcomes']);
  });
  test('missing records leave an empty plan', () => {
    const result = decodeDamaged((f) => delete (f as Partial<RawFile>).records);
    expect(codes(result)).toEqual(['defaulted records']);
    for (const table of RECORD_TABLES) expect(result.snapshot[table]).toEqual([]);
  });
  test('every repaired record satisfies the strict schema, and repair is idempotent', () => {
    const result = decodeDamaged((f) => {
      card(f).kind = 7;
      card(f).tags = 'drugs';
      delete f.records.partners![0]!.id;
      f.records.risks!.push({ ...f.records.risks![0]! });
    });
    for (const table of RECORD_TABLES) {
      for (const record of result.snapshot[table]) expect(RECORD_SCHEMAS[table].safeParse(record).success).toBe(true);
    }
    const again = decodePlanFile(encodePlanFile(result.snapshot, META));
    expect(again.ok && again.repairs).toEqual([]);
    expect(again.ok && again.snapshot).toEqual(result.snapshot);
  });
  test('decoding is pure: the same damaged text gives the same result', () => {
    const damage = (f: RawFile) => {
      delete card(f).id;
      f.records.cards!.push({ ...card(f) }, { ...f.records.risks![0]! } as never);
    };
    expect(decodeDamaged(damage)).toEqual(decodeDamaged(damage));
  });
});
