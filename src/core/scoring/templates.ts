/**
 * Default criteria per scoring method, as ids, weights and roles. Display names are message keys
 * `criterion.<id>` in resources/locales/<lang>/catalogue.json. Weights of the weighted template
 * put harm first (severity 3), then reach and fairness (prevalence, equity 2), then the rest (1).
 */
import type { Criterion, Id, ScoringMethod } from '../model';
import { newRecord, type RecordContext } from '../records';
import { HANLON_SCALE, PEARL_FACTORS } from './hanlon';

export interface CriterionTemplate {
  id: string;
  weight: number;
  role: string | null;
  /** The scale this criterion is meant to be scored on (PEARL factors are yes = 1 / no = 0). */
  scaleMin: number;
  scaleMax: number;
}

const weighted = (id: string, weight: number): CriterionTemplate => ({ id, weight, role: null, scaleMin: 1, scaleMax: 5 });
const hanlon = (id: string, role: string): CriterionTemplate => ({ id, weight: 1, role, ...HANLON_SCALE });

const TEMPLATES: Record<ScoringMethod, readonly CriterionTemplate[]> = {
  weighted: [
    weighted('prevalence', 2),
    weighted('severity', 3),
    weighted('communityConcern', 1),
    weighted('equity', 2),
    weighted('evidence', 1),
    weighted('capacityToAct', 1),
  ],
  hanlon: [
    hanlon('size', 'A'),
    hanlon('seriousness', 'B'),
    hanlon('effectiveness', 'C'),
    ...PEARL_FACTORS.map((factor) => ({ id: factor, weight: 1, role: `pearl.${factor}`, scaleMin: 0, scaleMax: 1 })),
  ],
  importanceChangeability: [
    { id: 'importance', weight: 1, role: 'importance', scaleMin: 1, scaleMax: 5 },
    { id: 'changeability', weight: 1, role: 'changeability', scaleMin: 1, scaleMax: 5 },
  ],
};

export function criteriaTemplate(method: ScoringMethod): CriterionTemplate[] {
  return TEMPLATES[method].map((template) => ({ ...template }));
}

/** Every criterion id any template uses (each needs a `criterion.<id>` label). */
export function templateCriterionIds(): string[] {
  return [...new Set(Object.values(TEMPLATES).flatMap((list) => list.map((t) => t.id)))];
}

export function criterionLabelKey(templateId: string): string {
  return `criterion.${templateId}`;
}

/** Criterion records for a plan from a template; `nameOf` turns a template id into a display name. */
export function criteriaFromTemplate(
  method: ScoringMethod,
  planId: Id,
  nameOf: (templateId: string) => string,
  ctx?: RecordContext,
): Criterion[] {
  return TEMPLATES[method].map((template, order) =>
    newRecord('criteria', planId, { name: nameOf(template.id), weight: template.weight, role: template.role, order }, ctx),
  );
}
