/** Responses, outcomes and profiles against real IndexedDB: each change is one undo step, bad input writes nothing. */
import { describe, expect, it } from 'vitest';
import { addCard } from '@renderer/domain/cards';
import { addPartner } from '@renderer/domain/partners';
import { createRisk, setPriority } from '@renderer/domain/risks';
import {
  addResponse,
  addResponseFromAsset,
  deleteResponse,
  moveResponse,
  ResponseTitleError,
  updateResponse,
} from '@renderer/domain/responses';
import { addOutcome, deleteOutcome, OutcomeError, updateOutcome, type OutcomeDraft } from '@renderer/domain/outcomes';
import { addProtectiveFactor, MAX_PROFILE_TEXT, ProfileTextError, updateProfile } from '@renderer/domain/profiles';
import { RECORD_DEFAULTS } from '@core/records';
import { undo } from '@renderer/db/change';
import type { CswbDatabase } from '@renderer/db/database';
import { dbWithPlan } from './helpers';

async function withPriorities() {
  const { db, planId } = await dbWithPlan();
  const od = await createRisk(db, planId, { title: 'Substance use and overdose' });
  const ymh = await createRisk(db, planId, { title: 'Youth mental health' });
  for (const r of [od, ymh]) await setPriority(db, planId, r.id, true);
  return { db, planId, od, ymh };
}

const historyCount = (db: CswbDatabase, planId: string) => db.history.where('planId').equals(planId).count();

describe('responses', () => {
  it('refuses a blank title, writing nothing', async () => {
    const { db, planId, od } = await withPriorities();
    const before = await historyCount(db, planId);
    await expect(addResponse(db, planId, { riskId: od.id, area: 'prevention', title: '   ' })).rejects.toBeInstanceOf(ResponseTitleError);
    expect(await db.responses.count()).toBe(0);
    expect(await historyCount(db, planId)).toBe(before);
  });

  it('moves a response to another cell, last in it; undo puts it back', async () => {
    const { db, planId, od, ymh } = await withPriorities();
    const existing = await addResponse(db, planId, { riskId: ymh.id, area: 'socialDevelopment', title: 'Peer mentoring' });
    const moving = await addResponse(db, planId, { riskId: od.id, area: 'prevention', title: 'Naloxone distribution' });
    expect(await moveResponse(db, planId, moving.id, { riskId: ymh.id, area: 'socialDevelopment' })).toBe(true);
    expect(await db.responses.get(moving.id)).toMatchObject({ riskId: ymh.id, area: 'socialDevelopment', order: 1 });
    expect((await db.responses.get(existing.id))?.order).toBe(0);
    expect(await undo(db, planId)).toBe('history.moveResponse');
    expect(await db.responses.get(moving.id)).toMatchObject({ riskId: od.id, area: 'prevention' });
  });

  it('dropping a response where it already is writes nothing and adds no undo step', async () => {
    const { db, planId, od } = await withPriorities();
    const r = await addResponse(db, planId, { riskId: od.id, area: 'prevention', title: 'Naloxone distribution' });
    const before = await historyCount(db, planId);
    expect(await moveResponse(db, planId, r.id, { riskId: od.id, area: 'prevention' })).toBe(false);
    expect(await historyCount(db, planId)).toBe(before);
  });

  it('editing the cell of a response puts it last in the new cell', async () => {
    const { db, planId, od } = await withPriorities();
    await addResponse(db, planId, { riskId: od.id, area: 'incidentResponse', title: 'Mobile crisis team' });
    const r = await addResponse(db, planId, { riskId: od.id, area: 'prevention', title: 'Naloxone distribution' });
    const moved = await updateResponse(db, planId, r.id, { area: 'incidentResponse', status: 'inProgress' });
    expect(moved).toMatchObject({ area: 'incidentResponse', order: 1, status: 'inProgress' });
  });

  it('an asset becomes an existing response led by its partner, linked to its card, in one undo step', async () => {
    const { db, planId, od } = await withPriorities();
    const hospital = await addPartner(db, planId, { name: 'Riverbend General Hospital', sector: 'health' });
    const asset = await addCard(db, planId, { text: 'Naloxone kits distributed by public health', kind: 'asset', partnerId: hospital.id });
    const response = await addResponseFromAsset(db, planId, asset.id, { riskId: od.id, area: 'prevention' });
    expect(response).toMatchObject({
      riskId: od.id,
      area: 'prevention',
      title: 'Naloxone kits distributed by public health',
      type: 'existing',
      leadPartnerId: hospital.id,
      sourceCardId: asset.id,
    });
    expect(await undo(db, planId)).toBe('history.assetToResponse');
    expect(await db.responses.count()).toBe(0);
    expect(await db.cards.get(asset.id)).toBeDefined();
  });

  it('only asset cards become responses', async () => {
    const { db, planId, od } = await withPriorities();
    const risk = await addCard(db, planId, { text: 'More overdose calls', kind: 'risk' });
    await expect(addResponseFromAsset(db, planId, risk.id, { riskId: od.id, area: 'prevention' })).rejects.toThrow();
    expect(await db.responses.count()).toBe(0);
  });

  it('deleting a response deletes its outcomes; undo brings both back', async () => {
    const { db, planId, od } = await withPriorities();
    const r = await addResponse(db, planId, { riskId: od.id, area: 'prevention', title: 'Naloxone distribution' });
    await addOutcome(db, planId, draft({ riskId: null, responseId: r.id }));
    await deleteResponse(db, planId, r.id);
    expect(await db.outcomes.count()).toBe(0);
    await undo(db, planId);
    expect(await db.responses.count()).toBe(1);
    expect(await db.outcomes.count()).toBe(1);
  });
});

const draft = (fields: Partial<OutcomeDraft>): OutcomeDraft => ({
  ...RECORD_DEFAULTS.outcomes,
  statement: 'Fewer repeat overdose calls in the downtown core',
  level: 'intermediate',
  indicator: 'Repeat overdose calls per quarter',
  baseline: '41',
  baselineDate: '2025',
  target: '25',
  targetDate: '2029',
  dataSource: 'Police CAD data',
  collectionMethod: 'Extract of calls coded as overdose',
  frequency: 'Quarterly',
  responsibility: 'CSWB coordinator',
  ...fields,
});

describe('outcomes', () => {
  it('saves a complete outcome with its measures, trimmed', async () => {
    const { db, planId, od } = await withPriorities();
    const saved = await addOutcome(db, planId, draft({ riskId: od.id, statement: '  Fewer repeat overdose calls in the downtown core ' }));
    expect(await db.outcomes.get(saved.id)).toMatchObject({
      riskId: od.id,
      statement: 'Fewer repeat overdose calls in the downtown core',
      indicator: 'Repeat overdose calls per quarter',
      baseline: '41',
      target: '25',
      targetDate: '2029',
    });
    expect(await undo(db, planId)).toBe('history.addOutcome');
    expect(await db.outcomes.count()).toBe(0);
  });

  it('refuses a target date before the baseline date and a missing indicator, writing nothing', async () => {
    const { db, planId, od } = await withPriorities();
    const before = await historyCount(db, planId);
    await expect(addOutcome(db, planId, draft({ riskId: od.id, baselineDate: '2025-09', targetDate: '2024' }))).rejects.toMatchObject({
      problems: [{ field: 'targetDate', code: 'targetBeforeBaseline' }],
    });
    await expect(addOutcome(db, planId, draft({ riskId: od.id, indicator: '' }))).rejects.toMatchObject({
      problems: [{ field: 'indicator', code: 'required' }],
    });
    expect(await db.outcomes.count()).toBe(0);
    expect(await historyCount(db, planId)).toBe(before);
  });

  it('refuses an outcome whose response no longer exists', async () => {
    const { db, planId } = await withPriorities();
    await expect(addOutcome(db, planId, draft({ riskId: null, responseId: 'gone' }))).rejects.toBeInstanceOf(OutcomeError);
    expect(await db.outcomes.count()).toBe(0);
  });

  it('edits keep the record and refuse impossible entries; delete is undoable', async () => {
    const { db, planId, od } = await withPriorities();
    const saved = await addOutcome(db, planId, draft({ riskId: od.id }));
    await updateOutcome(db, planId, saved.id, draft({ riskId: od.id, target: '20' }));
    expect((await db.outcomes.get(saved.id))?.target).toBe('20');
    await expect(updateOutcome(db, planId, saved.id, draft({ riskId: od.id, targetDate: '2029-02-30' }))).rejects.toBeInstanceOf(OutcomeError);
    expect((await db.outcomes.get(saved.id))?.targetDate).toBe('2029');
    await deleteOutcome(db, planId, saved.id);
    expect(await db.outcomes.count()).toBe(0);
    await undo(db, planId);
    expect((await db.outcomes.get(saved.id))?.target).toBe('20');
  });
});

describe('priority profiles', () => {
  it('saves changed fields only, in one undo step; an unchanged save records nothing', async () => {
    const { db, planId, od } = await withPriorities();
    expect(await updateProfile(db, planId, od.id, { problemStatement: ' 41 repeat overdose calls in 2025. ', categories: ['drugs', 'drugs'] })).toBe(true);
    expect(await db.risks.get(od.id)).toMatchObject({ problemStatement: '41 repeat overdose calls in 2025.', categories: ['drugs'] });
    const before = await historyCount(db, planId);
    expect(await updateProfile(db, planId, od.id, { problemStatement: '41 repeat overdose calls in 2025.' })).toBe(false);
    expect(await historyCount(db, planId)).toBe(before);
    expect(await undo(db, planId)).toBe('history.editProfile');
    expect((await db.risks.get(od.id))?.problemStatement).toBe('');
  });

  it('appends a workshop protective factor to the stored text, once', async () => {
    const { db, planId, od } = await withPriorities();
    await updateProfile(db, planId, od.id, { protectiveFactors: 'Naloxone widely available' });
    expect(await addProtectiveFactor(db, planId, od.id, 'Strong volunteer culture')).toBe(true);
    expect(await addProtectiveFactor(db, planId, od.id, 'Strong volunteer culture')).toBe(false);
    expect((await db.risks.get(od.id))?.protectiveFactors).toBe('Naloxone widely available\nStrong volunteer culture');
  });

  it('refuses over-long text, writing nothing', async () => {
    const { db, planId, od } = await withPriorities();
    await expect(updateProfile(db, planId, od.id, { vulnerableGroups: 'x'.repeat(MAX_PROFILE_TEXT + 1) })).rejects.toBeInstanceOf(ProfileTextError);
    expect((await db.risks.get(od.id))?.vulnerableGroups).toBe('');
  });
});
