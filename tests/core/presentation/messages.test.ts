import { describe, expect, test } from 'vitest';
import { composeAudienceView, decodeMessage, encodeMessage, initialPresenterState, projectScreen, viewMessage } from '@core/presentation';
import { smallPlan } from './fixture';

const view = composeAudienceView({
  planId: 'plan',
  planName: 'Riverbend review',
  language: 'en',
  stage: 'capture',
  live: projectScreen(smallPlan(), { stage: 'capture', focusRiskId: null, resultSource: 'dots', textSize: 'large', today: '2025-10-07' }),
  state: initialPresenterState(),
});

describe('presenter messages', () => {
  test('a view goes through encode and decode unchanged', () => {
    expect(decodeMessage(encodeMessage(viewMessage(view)), 'plan')).toEqual({ type: 'view', planId: 'plan', view });
    expect(decodeMessage(encodeMessage({ type: 'command', planId: 'plan', command: 'freeze' }), 'plan')).toEqual({ type: 'command', planId: 'plan', command: 'freeze' });
  });

  test('another plan\'s messages are ignored', () => {
    expect(decodeMessage(encodeMessage(viewMessage(view)), 'other-plan')).toBeNull();
    const mismatched = { type: 'view', planId: 'other-plan', view };
    expect(decodeMessage(JSON.stringify(mismatched), 'other-plan')).toBeNull();
  });

  test.each([
    ['not JSON', '{'],
    ['an unknown type', JSON.stringify({ type: 'reveal', planId: 'plan' })],
    ['an unknown command', JSON.stringify({ type: 'command', planId: 'plan', command: 'selfDestruct' })],
    ['a view with a private field', JSON.stringify({ type: 'view', planId: 'plan', view: { ...view, notes: 'private' } })],
    ['a screen with a private field', JSON.stringify({ type: 'view', planId: 'plan', view: { ...view, screen: { ...view.screen, contactEmail: 'a@b.c' } } })],
    ['an extra field on the message', JSON.stringify({ type: 'hello', planId: 'plan', extra: 1 })],
  ])('refuses %s', (_name, text) => {
    expect(decodeMessage(text, 'plan')).toBeNull();
  });
});
