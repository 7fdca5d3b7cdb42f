import { describe, expect, test } from 'vitest';
import { audienceViewSchema, composeAudienceView, initialPresenterState, presenterReducer, type AudienceScreen, type PresenterState } from '@core/presentation';

const capture: AudienceScreen = { kind: 'capture', total: 0, counts: { risk: 0, challenge: 0, asset: 0, protectiveFactor: 0, idea: 0 }, latest: [] };
const voting: AudienceScreen = { kind: 'voting', round: 1, dotsPerParticipant: 5, maxDotsPerRisk: 2, risks: [], moreRisks: 0, voted: 0, voters: 0 };
const base = { planId: 'p1', planName: 'Riverbend', language: 'en' as const };

function compose(state: PresenterState, stage: 'capture' | 'voting', live: AudienceScreen) {
  const view = composeAudienceView({ ...base, stage, live, state });
  expect(audienceViewSchema.safeParse(view).success).toBe(true);
  return view;
}

describe('composeAudienceView', () => {
  test('live: the current step and screen, numbered in the agenda', () => {
    const view = compose(initialPresenterState(), 'capture', capture);
    expect(view).toMatchObject({ step: 'capture', stepNumber: 2, stepCount: 8, screen: capture, timer: null, theme: 'standard', textSize: 'large' });
  });

  test('blank (B) replaces the screen and the timer with nothing, and B again brings them back', () => {
    let state = presenterReducer(initialPresenterState(), { type: 'timerStart', now: 1000 });
    state = presenterReducer(state, { type: 'toggleBlank' });
    const blank = compose(state, 'capture', capture);
    expect(blank.screen).toEqual({ kind: 'blank' });
    expect(blank.timer).toBeNull();
    state = presenterReducer(state, { type: 'toggleBlank' });
    expect(compose(state, 'capture', capture).screen).toEqual(capture);
  });

  test('freeze (F) keeps showing the frozen step while the facilitator moves on; the timer stays live', () => {
    let state = presenterReducer(initialPresenterState(), { type: 'toggleFreeze', live: { step: 'capture', screen: capture } });
    state = presenterReducer(state, { type: 'timerStart', now: 5000 });
    const frozen = compose(state, 'voting', voting);
    expect(frozen).toMatchObject({ step: 'capture', stepNumber: 2, screen: capture });
    expect(frozen.timer).toEqual({ durationMs: 300_000, endsAt: 305_000, remainingMs: 300_000 });
    state = presenterReducer(state, { type: 'toggleFreeze', live: { step: 'voting', screen: voting } });
    expect(compose(state, 'voting', voting)).toMatchObject({ step: 'voting', screen: voting });
  });

  test('blank wins over freeze', () => {
    let state = presenterReducer(initialPresenterState(), { type: 'toggleFreeze', live: { step: 'capture', screen: capture } });
    state = presenterReducer(state, { type: 'toggleBlank' });
    expect(compose(state, 'voting', voting).screen).toEqual({ kind: 'blank' });
  });

  test('display, spotlight and timer settings', () => {
    let state = initialPresenterState({ theme: 'highContrast', textSize: 'larger' });
    state = presenterReducer(state, { type: 'focus', riskId: 'r1' });
    state = presenterReducer(state, { type: 'resultSource', source: 'scores' });
    state = presenterReducer(state, { type: 'timerSet', ms: 120_000, now: 0 });
    state = presenterReducer(state, { type: 'timerShow', visible: true });
    expect(state).toMatchObject({ theme: 'highContrast', textSize: 'larger', focusRiskId: 'r1', resultSource: 'scores' });
    expect(compose(state, 'capture', capture).timer).toEqual({ durationMs: 120_000, endsAt: null, remainingMs: 120_000 });
    state = presenterReducer(state, { type: 'textSize', textSize: 'largest' });
    state = presenterReducer(state, { type: 'theme', theme: 'standard' });
    expect(compose(state, 'capture', capture)).toMatchObject({ theme: 'standard', textSize: 'largest' });
  });
});
