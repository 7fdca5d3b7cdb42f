import { describe, expect, it } from 'vitest';
import { choiceFromButton, INITIAL_CLOSE_STATE, nextCloseStep, type CloseEvent, type CloseState } from '../../src/main/close-decision';

const state = (phase: CloseState['phase'], dirty: boolean): CloseState => ({ phase, dirty });

/** Runs events from a state and returns the final state and every effect in order. */
function run(start: CloseState, events: CloseEvent[]) {
  let current = start;
  const effects: string[] = [];
  for (const event of events) {
    const step = nextCloseStep(current, event);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: current, effects };
}

describe('nextCloseStep', () => {
  it('closes at once when nothing is unsaved', () => {
    expect(nextCloseStep(INITIAL_CLOSE_STATE, { type: 'close-requested' })).toEqual({ state: state('closing', false), effects: [] });
  });

  it('prevents the close and asks when the plan is dirty', () => {
    expect(nextCloseStep(state('editing', true), { type: 'close-requested' })).toEqual({
      state: state('asking', true),
      effects: ['prevent-close', 'show-dialog'],
    });
  });

  it("closes without saving on Don't save", () => {
    const result = run(state('editing', true), [{ type: 'close-requested' }, { type: 'dialog-answered', choice: 'discard' }, { type: 'close-requested' }]);
    expect(result.effects).toEqual(['prevent-close', 'show-dialog', 'close-window']);
    expect(result.state.phase).toBe('closing');
  });

  it('stays open on Cancel and asks again on the next close', () => {
    const result = run(state('editing', true), [
      { type: 'close-requested' },
      { type: 'dialog-answered', choice: 'cancel' },
      { type: 'close-requested' },
    ]);
    expect(result.effects).toEqual(['prevent-close', 'show-dialog', 'close-cancelled', 'prevent-close', 'show-dialog']);
    expect(result.state.phase).toBe('asking');
  });

  it('on Save asks the renderer to save and closes when it reports a clean plan', () => {
    const result = run(state('editing', true), [
      { type: 'close-requested' },
      { type: 'dialog-answered', choice: 'save' },
      { type: 'dirty-changed', dirty: true }, // title update while saving: still dirty
      { type: 'dirty-changed', dirty: false },
      { type: 'close-requested' }, // the close-window effect
    ]);
    expect(result.effects).toEqual(['prevent-close', 'show-dialog', 'send-save', 'start-save-timer', 'clear-save-timer', 'close-window']);
    expect(result.state).toEqual(state('closing', false));
  });

  it('asks again when the save did not finish in time', () => {
    const result = run(state('editing', true), [
      { type: 'close-requested' },
      { type: 'dialog-answered', choice: 'save' },
      { type: 'save-timeout', fileDialogOpen: false },
    ]);
    expect(result.effects.slice(-1)).toEqual(['show-dialog']);
    expect(result.state.phase).toBe('asking');
  });

  it('keeps waiting while a Save As dialog is still open', () => {
    const result = run(state('awaiting-save', true), [{ type: 'save-timeout', fileDialogOpen: true }]);
    expect(result).toEqual({ state: state('awaiting-save', true), effects: ['start-save-timer'] });
  });

  it('closes on timeout if the plan became clean without a report in that phase', () => {
    expect(nextCloseStep(state('awaiting-save', false), { type: 'save-timeout', fileDialogOpen: false }).effects).toEqual(['close-window']);
  });

  it('holds further close requests while asking or saving', () => {
    expect(nextCloseStep(state('asking', true), { type: 'close-requested' }).effects).toEqual(['prevent-close']);
    expect(nextCloseStep(state('awaiting-save', true), { type: 'close-requested' }).effects).toEqual(['prevent-close']);
  });

  it('ignores stale dialog answers and timeouts', () => {
    expect(nextCloseStep(state('editing', true), { type: 'dialog-answered', choice: 'discard' }).effects).toEqual([]);
    expect(nextCloseStep(state('editing', true), { type: 'save-timeout', fileDialogOpen: false }).effects).toEqual([]);
  });

  it('tracks the dirty flag while editing without effects', () => {
    expect(nextCloseStep(INITIAL_CLOSE_STATE, { type: 'dirty-changed', dirty: true })).toEqual({ state: state('editing', true), effects: [] });
  });

  it('closes directly on Save when the plan is already clean', () => {
    expect(nextCloseStep(state('asking', false), { type: 'dialog-answered', choice: 'save' }).effects).toEqual(['close-window']);
  });
});

describe('choiceFromButton', () => {
  it('maps Save / Don’t save / Cancel and treats anything else (Escape) as cancel', () => {
    expect([0, 1, 2, 3, -1].map(choiceFromButton)).toEqual(['save', 'discard', 'cancel', 'cancel', 'cancel']);
  });
});
