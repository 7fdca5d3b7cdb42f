import { describe, expect, test } from 'vitest';
import { checkSubmission, CLOSED_GATES, ROOM_LIMITS } from '@core/room';
import { content, OPEN } from './helpers';

const c = content();

describe('stage and kind gates', () => {
  test('a closed stage refuses before looking at the fields', () => {
    expect(checkSubmission('card', { kind: 'risk', text: 'x' }, CLOSED_GATES, c)).toMatchObject({ ok: false, error: { code: 'stageClosed' } });
    expect(checkSubmission('vote', null, CLOSED_GATES, c)).toMatchObject({ ok: false, error: { code: 'stageClosed' } });
    expect(checkSubmission('score', null, CLOSED_GATES, c)).toMatchObject({ ok: false, error: { code: 'stageClosed' } });
  });

  test('only the opened card kinds', () => {
    expect(checkSubmission('card', { kind: 'idea', text: 'x' }, OPEN, c).ok).toBe(true);
    expect(checkSubmission('card', { kind: 'asset', text: 'x' }, OPEN, c)).toMatchObject({ ok: false, error: { code: 'kindClosed' } });
    expect(checkSubmission('card', { kind: 'gossip', text: 'x' }, OPEN, c)).toMatchObject({ ok: false, error: { code: 'invalidField', field: 'kind', problem: 'notAllowed' } });
  });
});

describe('card text', () => {
  test.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['x'.repeat(ROOM_LIMITS.cardText + 1), 'tooLong'],
    ['x'.repeat(ROOM_LIMITS.cardText * 2 + 1), 'tooLong'],
    ['bell\u0007', 'invalidCharacters'],
    ['escape\u001b[31m', 'invalidCharacters'],
    ['flip\u202Etext', 'invalidCharacters'],
  ])('%j is refused as %s', (text, problem) => {
    expect(checkSubmission('card', { kind: 'risk', text }, OPEN, c)).toMatchObject({ ok: false, error: { code: 'invalidField', field: 'text', problem } });
  });

  test('line breaks, accents, emoji and markup are kept as typed (rendered as text everywhere)', () => {
    const text = 'Line one\nLigne deux: é, ᐃᓄᒃᑎᑐᑦ 👩‍👩‍👧 <script>alert(1)</script> <img src=x onerror=alert(1)>';
    expect(checkSubmission('card', { kind: 'risk', text }, OPEN, c)).toEqual({ ok: true, value: { type: 'card', kind: 'risk', text } });
    expect(checkSubmission('card', { kind: 'risk', text: 'x'.repeat(ROOM_LIMITS.cardText) }, OPEN, c).ok).toBe(true);
  });

  test('extra fields (attribution, ids) are refused, not ignored', () => {
    expect(checkSubmission('card', { kind: 'risk', text: 'x', partnerId: 'partner-police' }, OPEN, c)).toMatchObject({
      ok: false,
      error: { code: 'invalidField', field: 'partnerId', problem: 'unknownField' },
    });
  });
});

describe('votes', () => {
  test('a risk on the ballot, whole dots up to the maximum per risk', () => {
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: 2 }, OPEN, c)).toEqual({ ok: true, value: { type: 'vote', riskId: 'risk-od', dots: 2 } });
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: 0 }, OPEN, c).ok).toBe(true);
    expect(checkSubmission('vote', { riskId: 'risk-other', dots: 1 }, OPEN, c)).toMatchObject({ error: { code: 'unknownRisk' } });
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: 3 }, OPEN, c)).toMatchObject({ error: { code: 'refused', reason: 'overMaxPerRisk', limit: 2 } });
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: 1.5 }, OPEN, c)).toMatchObject({ error: { code: 'invalidField', field: 'dots', problem: 'wrongType' } });
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: -1 }, OPEN, c)).toMatchObject({ error: { code: 'invalidField', field: 'dots', problem: 'outOfRange' } });
    expect(checkSubmission('vote', { riskId: 'risk-od', dots: '2' }, OPEN, c)).toMatchObject({ error: { code: 'invalidField', field: 'dots', problem: 'wrongType' } });
    expect(checkSubmission('vote', { riskId: 'risk-od' }, OPEN, c)).toMatchObject({ error: { code: 'invalidField', field: 'dots', problem: 'missing' } });
  });
});

describe('scores', () => {
  test('a scored risk and criterion, a value on that criterion’s scale, or null to clear', () => {
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-sev', value: 5 }, OPEN, c).ok).toBe(true);
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-sev', value: null }, OPEN, c).ok).toBe(true);
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-sev', value: 6 }, OPEN, c)).toMatchObject({ error: { code: 'invalidField', field: 'value', problem: 'outOfRange' } });
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-legal', value: 1 }, OPEN, c).ok).toBe(true);
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-legal', value: 2 }, OPEN, c)).toMatchObject({ error: { code: 'invalidField' } });
    expect(checkSubmission('score', { riskId: 'risk-ymh', criterionId: 'crit-sev', value: 3 }, OPEN, c)).toMatchObject({ error: { code: 'unknownRisk' } });
    expect(checkSubmission('score', { riskId: 'risk-od', criterionId: 'crit-x', value: 3 }, OPEN, c)).toMatchObject({ error: { code: 'unknownCriterion' } });
  });
});
