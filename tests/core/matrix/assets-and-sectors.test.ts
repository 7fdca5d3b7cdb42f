import { describe, expect, test } from 'vitest';
import type { Card } from '@core/model';
import { newRecord } from '@core/records';
import { assetsNotInMatrix, MAX_RESPONSE_TITLE, responseFromAsset, sectorGrid, suggestedPriority } from '@core/matrix';
import { partner, PLAN_ID, risk } from '../helpers/records';

const card = (id: string, kind: Card['kind'], text: string, fields: Partial<Card> = {}) =>
  newRecord('cards', PLAN_ID, { id, kind, text, ...fields });

const risks = [risk('od', 'Overdose', { isPriority: true }), risk('food', 'Food insecurity')];
const cards = [
  card('situation', 'asset', 'Situation table meets weekly (since 2019)', { partnerId: 'police', riskId: 'od', order: 2 }),
  card('naloxone', 'asset', '  Naloxone kits distributed by public health  ', { partnerId: 'hospital', riskId: 'od', order: 1 }),
  card('garden', 'asset', 'Community garden', { riskId: 'food', order: 3 }),
  card('calls', 'risk', 'More overdose calls', { riskId: 'od', order: 0 }),
];

describe('assets into responses', () => {
  test('assets not yet used, in card order; risk cards never appear', () => {
    const used = newRecord('responses', PLAN_ID, { riskId: 'od', sourceCardId: 'situation' });
    expect(assetsNotInMatrix(cards, []).map((c) => c.id)).toEqual(['naloxone', 'situation', 'garden']);
    expect(assetsNotInMatrix(cards, [used]).map((c) => c.id)).toEqual(['naloxone', 'garden']);
  });
  test('an asset becomes an existing response led by the partner who named it, linked to its card', () => {
    expect(responseFromAsset(cards[1]!, { riskId: 'od', area: 'prevention' })).toEqual({
      riskId: 'od',
      area: 'prevention',
      title: 'Naloxone kits distributed by public health',
      description: '',
      type: 'existing',
      leadPartnerId: 'hospital',
      sourceCardId: 'naloxone',
    });
  });
  test('a very long asset is shortened in the title and kept whole in the description', () => {
    const long = card('long', 'asset', 'x'.repeat(MAX_RESPONSE_TITLE + 20));
    const fields = responseFromAsset(long, { riskId: 'od', area: 'prevention' });
    expect(fields.title).toHaveLength(MAX_RESPONSE_TITLE);
    expect(fields.title.endsWith('…')).toBe(true);
    expect(fields.description).toBe(long.text);
  });
  test('the suggested priority is the risk the asset was grouped under, only when it is a priority', () => {
    expect(suggestedPriority(cards[0]!, risks)).toBe('od');
    expect(suggestedPriority(cards[2]!, risks)).toBeNull();
    expect(suggestedPriority(card('loose', 'asset', 'x'), risks)).toBeNull();
  });
});

describe('sectorGrid', () => {
  const partners = [partner('police', 'police'), partner('hospital', 'health'), partner('cmha', 'mentalHealth'), partner('fire', 'fire')];
  const responses = [
    newRecord('responses', PLAN_ID, { riskId: 'od', area: 'prevention', leadPartnerId: 'hospital' }),
    newRecord('responses', PLAN_ID, { riskId: 'od', area: 'incidentResponse', leadPartnerId: 'hospital', supportingPartnerIds: ['cmha', 'police'] }),
    newRecord('responses', PLAN_ID, { riskId: 'food', area: 'prevention', leadPartnerId: 'fire' }),
  ];
  const grid = sectorGrid(risks, responses, partners);
  test('columns are the partner sectors in catalogue order, sectors without a role flagged', () => {
    expect(grid.columns).toEqual([
      { sector: 'police', hasRole: true },
      { sector: 'fire', hasRole: false },
      { sector: 'health', hasRole: true },
      { sector: 'mentalHealth', hasRole: true },
    ]);
    expect(grid.partnersWithoutRole).toEqual(['fire']);
  });
  test('each cell counts the responses a sector leads and supports', () => {
    expect(grid.rows).toEqual([
      {
        riskId: 'od',
        title: 'Overdose',
        cells: {
          police: { lead: 0, supporting: 1 },
          fire: { lead: 0, supporting: 0 },
          health: { lead: 2, supporting: 0 },
          mentalHealth: { lead: 0, supporting: 1 },
        },
      },
    ]);
  });
  test('a lead whose partner was removed shows as an unknown sector column', () => {
    const orphan = newRecord('responses', PLAN_ID, { riskId: 'od', area: 'prevention', leadPartnerId: 'gone' });
    const g = sectorGrid(risks, [orphan], partners);
    expect(g.columns.at(-1)).toEqual({ sector: 'unknown', hasRole: true });
    expect(g.rows[0]?.cells.unknown).toEqual({ lead: 1, supporting: 0 });
  });
});
