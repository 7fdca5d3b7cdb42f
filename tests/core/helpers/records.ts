/** Terse record builders with explicit ids for hand-computed tests. */
import type { Criterion, Participant, Partner, Risk, Score, Vote } from '@core/model';
import { newRecord } from '@core/records';
import { counterContext } from './builders';

export const PLAN_ID = 'plan';
const ctx = counterContext('auto');

export const partner = (id: string, sector: string, fields: Partial<Partner> = {}) =>
  newRecord('partners', PLAN_ID, { id, name: id, sector, ...fields }, ctx);
export const participant = (id: string, partnerId: string | null, sector: string | null = null) =>
  newRecord('participants', PLAN_ID, { id, name: id, partnerId, sector }, ctx);
export const risk = (id: string, title: string, fields: Partial<Risk> = {}) =>
  newRecord('risks', PLAN_ID, { id, title, ...fields }, ctx);
export const criterion = (id: string, weight: number, order: number, role: string | null = null): Criterion =>
  newRecord('criteria', PLAN_ID, { id, name: id, weight, order, role }, ctx);
export const vote = (participantId: string, riskId: string, dots: number, round = 1): Vote =>
  newRecord('votes', PLAN_ID, { participantId, riskId, dots, round }, ctx);
export const score = (raterId: string, riskId: string, criterionId: string, value: number, updatedAt?: string): Score =>
  newRecord('scores', PLAN_ID, { raterId, riskId, criterionId, value, ...(updatedAt ? { updatedAt } : {}) }, ctx);
export type { Participant };
