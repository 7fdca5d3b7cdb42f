/** Priority profiles: the framework's text fields on a priority risk. One undoable change per edit. */
import type { Risk } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type ProfileFields = Partial<Pick<Risk, 'problemStatement' | 'vulnerableGroups' | 'protectiveFactors' | 'categories'>>;

export const MAX_PROFILE_TEXT = 4000;

export class ProfileTextError extends Error {
  constructor(readonly field: keyof ProfileFields) {
    super(`${field} has more than ${MAX_PROFILE_TEXT} characters`);
  }
}

/** Saves the changed profile fields; returns false (and records nothing) when nothing changed. */
export async function updateProfile(db: CswbDatabase, planId: string, riskId: string, fields: ProfileFields): Promise<boolean> {
  const patch: ProfileFields = {};
  for (const key of ['problemStatement', 'vulnerableGroups', 'protectiveFactors'] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    if (value.trim().length > MAX_PROFILE_TEXT) throw new ProfileTextError(key);
    patch[key] = value.trim();
  }
  if (fields.categories) patch.categories = [...new Set(fields.categories)];
  return change(db, planId, 'history.editProfile', async (cs) => {
    const risk = await cs.get('risks', riskId);
    if (!risk) throw new Error(`No risk ${riskId}`);
    const changed = (Object.keys(patch) as (keyof ProfileFields)[]).filter((k) => JSON.stringify(risk[k]) !== JSON.stringify(patch[k]));
    if (changed.length === 0) return false;
    await cs.update('risks', riskId, Object.fromEntries(changed.map((k) => [k, patch[k]])));
    return true;
  });
}

/**
 * Appends a protective factor named in the workshop to the profile, reading the stored text in
 * the same transaction (so an edit saved a moment before is kept). False when it is already there.
 */
export async function addProtectiveFactor(db: CswbDatabase, planId: string, riskId: string, line: string): Promise<boolean> {
  return change(db, planId, 'history.editProfile', async (cs) => {
    const risk = await cs.get('risks', riskId);
    if (!risk) throw new Error(`No risk ${riskId}`);
    const current = risk.protectiveFactors.trim();
    if (current.includes(line.trim())) return false;
    const protectiveFactors = current ? `${current}\n${line.trim()}` : line.trim();
    if (protectiveFactors.length > MAX_PROFILE_TEXT) throw new ProfileTextError('protectiveFactors');
    await cs.update('risks', riskId, { protectiveFactors });
    return true;
  });
}
