import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { Card, Criterion, Outcome, Participant, Partner, Plan, PlanResponse, Risk, Score, Vote, WorkshopSession, CatalogueEntry } from '@core/model';
import { describePlanFileError, type PlanFileError } from '@core/plan-file';
import type * as schemas from '@core/plan-file/schemas';

describe('describePlanFileError', () => {
  const cases: [PlanFileError, RegExp][] = [
    [{ kind: 'empty' }, /empty/],
    [{ kind: 'tooLarge', chars: 130_000_000, limit: 120_000_000 }, /130,000,000 characters; the limit is 120,000,000/],
    [{ kind: 'notJson', message: 'Unexpected end of JSON input', position: 17 }, /not valid JSON \(at character 17\): Unexpected end/],
    [{ kind: 'notJson', message: 'Unexpected token' }, /not valid JSON: Unexpected token/],
    [{ kind: 'notAPlanFile', reason: 'The file has no "format" field.' }, /not a CSWB plan file .*no "format" field/],
    [{ kind: 'tooNew', formatVersion: 3, supported: 1 }, /newer version .*format 3; this version reads up to 1/],
    [{ kind: 'tooDeep', depth: 65, limit: 64 }, /more than 64 levels/],
    [{ kind: 'forbiddenKey', key: '__proto__', path: '' }, /"__proto__" at the top level/],
    [{ kind: 'forbiddenKey', key: 'constructor', path: 'records.cards[1]' }, /"constructor" in records\.cards\[1\]/],
    [{ kind: 'migrationFailed', from: 2, message: 'boom' }, /upgraded from format version 2: boom/],
    [{ kind: 'invalid', problems: [{ path: 'plan.id', message: 'The plan has no usable id.' }] }, /cannot be read:\n- plan\.id: The plan has no usable id\./],
  ];
  test.each(cases)('%j', (error, expected) => {
    expect(describePlanFileError(error)).toMatch(expected);
  });
});

describe('write schemas infer exactly the model types (fails type checking when they drift)', () => {
  test('records and plan', () => {
    expectTypeOf<z.infer<typeof schemas.planSchema>>().toEqualTypeOf<Plan>();
    expectTypeOf<z.infer<typeof schemas.partnerSchema>>().toEqualTypeOf<Partner>();
    expectTypeOf<z.infer<typeof schemas.participantSchema>>().toEqualTypeOf<Participant>();
    expectTypeOf<z.infer<typeof schemas.sessionSchema>>().toEqualTypeOf<WorkshopSession>();
    expectTypeOf<z.infer<typeof schemas.catalogueEntrySchema>>().toEqualTypeOf<CatalogueEntry>();
    expectTypeOf<z.infer<typeof schemas.riskSchema>>().toEqualTypeOf<Risk>();
    expectTypeOf<z.infer<typeof schemas.cardSchema>>().toEqualTypeOf<Card>();
    expectTypeOf<z.infer<typeof schemas.criterionSchema>>().toEqualTypeOf<Criterion>();
    expectTypeOf<z.infer<typeof schemas.scoreSchema>>().toEqualTypeOf<Score>();
    expectTypeOf<z.infer<typeof schemas.voteSchema>>().toEqualTypeOf<Vote>();
    expectTypeOf<z.infer<typeof schemas.responseSchema>>().toEqualTypeOf<PlanResponse>();
    expectTypeOf<z.infer<typeof schemas.outcomeSchema>>().toEqualTypeOf<Outcome>();
  });
});
