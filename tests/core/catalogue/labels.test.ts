import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONSULTATION_GROUPS, RISK_CATEGORIES, SEATS, SECTOR_IDS } from '@core/catalogue';
import { CARD_KINDS, OUTCOME_LEVELS, PLANNING_AREAS, RESPONSE_STATUSES, RESPONSE_TYPES, SCORING_METHODS } from '@core/model';
import { QUADRANTS, templateCriterionIds, UNKNOWN_SECTOR } from '@core/scoring';

type Messages = { [key: string]: string | Messages };
const load = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../resources/locales/${lang}/catalogue.json`), 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every key the app looks up, built from the catalogues and enums themselves. */
function expectedKeys(): string[] {
  const keys = (prefix: string, ids: readonly string[]) => ids.map((id) => `${prefix}.${id}`);
  return [
    ...keys('sector', [...SECTOR_IDS, UNKNOWN_SECTOR]),
    ...keys('seat', SEATS),
    ...keys('group', CONSULTATION_GROUPS),
    ...keys('area', PLANNING_AREAS),
    ...keys('cardKind', CARD_KINDS),
    ...keys('responseType', RESPONSE_TYPES),
    ...keys('responseStatus', RESPONSE_STATUSES),
    ...keys('outcomeLevel', OUTCOME_LEVELS),
    ...keys('riskCategory', RISK_CATEGORIES.map((c) => c.id)),
    ...RISK_CATEGORIES.flatMap((c) => keys(`riskFactor.${c.id}`, c.factors)),
    ...keys('criterion', templateCriterionIds()),
    ...keys('scoringMethod', SCORING_METHODS),
    ...keys('quadrant', QUADRANTS),
  ].sort();
}

describe('catalogue labels', () => {
  const enKeys = [...flatten(en).keys()].sort();
  test('English and French have exactly the same keys', () => {
    expect([...flatten(fr).keys()].sort()).toEqual(enKeys);
  });
  test('every catalogue id, enum value and criterion template has a label, and nothing else does', () => {
    expect(enKeys).toEqual(expectedKeys());
  });
  test('no label is empty or padded', () => {
    for (const [key, label] of [...flatten(en), ...flatten(fr)]) {
      expect(label.trim(), key).toBe(label);
      expect(label.length, key).toBeGreaterThan(0);
    }
  });
  test('planning areas use the framework’s French names', () => {
    expect(fr.area).toEqual({
      socialDevelopment: 'Développement social',
      prevention: 'Prévention',
      riskIntervention: 'Intervention centrée sur le risque',
      incidentResponse: 'Intervention en cas d’incident',
    });
  });
  test('French is translated: most labels differ from English', () => {
    const english = flatten(en);
    const same = [...flatten(fr)].filter(([key, label]) => english.get(key) === label).map(([key]) => key);
    // Cognates such as "Police", "Suicide", "Gangs", "Importance" may legitimately match.
    expect(same.length).toBeLessThan(10);
  });
});
