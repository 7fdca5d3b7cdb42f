/**
 * Whether a plan's criteria can feed a scoring method. Hanlon needs criteria with roles A, B and C
 * (the PEARL screen is optional); importance × changeability needs both axes; weighted criteria
 * need at least one criterion with a weight above zero.
 */
import type { Criterion, ScoringMethod } from '../model';
import { PEARL_FACTORS } from './hanlon';

const REQUIRED_ROLES: Record<Exclude<ScoringMethod, 'weighted'>, readonly string[]> = {
  hanlon: ['A', 'B', 'C'],
  importanceChangeability: ['importance', 'changeability'],
};

/** Roles the method needs that no criterion holds (empty: the criteria fit). */
export function missingRoles(method: ScoringMethod, criteria: readonly Pick<Criterion, 'role' | 'weight'>[]): string[] {
  if (method === 'weighted') return criteria.some((c) => c.weight > 0) ? [] : ['weight'];
  const roles = new Set(criteria.map((c) => c.role));
  return REQUIRED_ROLES[method].filter((role) => !roles.has(role));
}

/** The scale each method's template is scored on (Hanlon rates 0-10). */
export function methodScale(method: ScoringMethod): { scaleMin: number; scaleMax: number } {
  return method === 'hanlon' ? { scaleMin: 0, scaleMax: 10 } : { scaleMin: 1, scaleMax: 5 };
}

/** Methods whose criteria are fixed by the method (names editable, roles and number not). */
export function criteriaAreFixed(method: ScoringMethod): boolean {
  return method !== 'weighted';
}

/** Display order of the Hanlon roles and PEARL factors, for tables. */
export const HANLON_ROLES = ['A', 'B', 'C', ...PEARL_FACTORS.map((f) => `pearl.${f}`)] as const;
