/**
 * Reads the `plan` object. A plan without a usable id cannot be repaired (every record points to
 * it), so that is the one case the decoder rejects as `invalid`; anything else is rebuilt.
 */
import type { Plan } from '../model';
import { newPlan } from '../records';
import { isPlainObject, ownValue } from './paths';
import { rebuildObject } from './rebuild-object';
import { planSchema } from './schemas';
import type { PlanFileProblem, PlanFileRepair } from './types';

export type PlanRead = { ok: true; plan: Plan } | { ok: false; problems: PlanFileProblem[] };

export function readPlan(raw: unknown, fallbackTime: string, repairs: PlanFileRepair[]): PlanRead {
  if (!isPlainObject(raw)) {
    const message = raw === undefined ? 'The file has no plan.' : 'The plan is not an object.';
    return { ok: false, problems: [{ path: 'plan', message }] };
  }
  const id = ownValue(raw, 'id');
  if (typeof id !== 'string' || id === '') {
    return { ok: false, problems: [{ path: 'plan.id', message: 'The plan has no usable id.' }] };
  }
  let plan: Plan;
  if (planSchema.safeParse(raw).success) {
    plan = raw as unknown as Plan;
  } else {
    // newPlan holds the defaults; the context only supplies the id and the fallback time.
    const defaults = newPlan({ id }, { newId: () => id, now: () => fallbackTime });
    plan = rebuildObject(raw, planSchema, { ...defaults }, 'plan', repairs) as unknown as Plan;
  }
  return { ok: true, plan: fixScale(plan, fallbackTime, repairs) };
}

/** A scale must run upwards; the JSON Schema cannot say so, so it is checked here. */
function fixScale(plan: Plan, fallbackTime: string, repairs: PlanFileRepair[]): Plan {
  if (plan.scoring.scaleMin < plan.scoring.scaleMax) return plan;
  const { scaleMin, scaleMax } = newPlan({ id: plan.id }, { newId: () => plan.id, now: () => fallbackTime }).scoring;
  repairs.push({
    code: 'defaulted',
    path: 'plan.scoring',
    message: `Scale ${plan.scoring.scaleMin} to ${plan.scoring.scaleMax} does not run upwards; set to ${scaleMin} to ${scaleMax}.`,
  });
  return { ...plan, scoring: { ...plan.scoring, scaleMin, scaleMax } };
}
