/**
 * What happens when the user closes the window while the plan has unsaved changes, as a pure
 * state machine: window.ts feeds it events and carries out the effects it returns.
 *
 *   editing --close (dirty)--> asking --Save--> awaiting-save --renderer reports clean--> closing
 *                                     --Don't save--> closing
 *                                     --Cancel--> editing
 *   awaiting-save --timeout, still dirty--> asking (ask again: the save failed or was cancelled)
 */
export type ClosePhase = 'editing' | 'asking' | 'awaiting-save' | 'closing';

export interface CloseState {
  phase: ClosePhase;
  /** Last dirty flag the renderer reported (window:setTitle). */
  dirty: boolean;
}

export type DialogChoice = 'save' | 'discard' | 'cancel';

export type CloseEvent =
  | { type: 'close-requested' }
  | { type: 'dialog-answered'; choice: DialogChoice }
  | { type: 'dirty-changed'; dirty: boolean }
  /** The save timer ran out. `fileDialogOpen`: a Save As dialog is still up, so keep waiting. */
  | { type: 'save-timeout'; fileDialogOpen: boolean };

export type CloseEffect =
  | 'prevent-close' // event.preventDefault() on the window's close event
  | 'show-dialog'
  | 'send-save' // MenuCommand plan.save to the renderer
  | 'start-save-timer'
  | 'clear-save-timer'
  | 'close-window'
  | 'close-cancelled';

export interface CloseStep {
  state: CloseState;
  effects: CloseEffect[];
}

/** How long to wait for the renderer to report a clean plan after Save before asking again. */
export const SAVE_TIMEOUT_MS = 15_000;

export const INITIAL_CLOSE_STATE: CloseState = { phase: 'editing', dirty: false };

/** Dialog buttons are [Save, Don't save, Cancel]; Escape or closing the dialog returns cancelId 2. */
export function choiceFromButton(index: number): DialogChoice {
  return index === 0 ? 'save' : index === 1 ? 'discard' : 'cancel';
}

export function nextCloseStep(state: CloseState, event: CloseEvent): CloseStep {
  const to = (phase: ClosePhase, effects: CloseEffect[] = [], dirty = state.dirty): CloseStep => ({ state: { phase, dirty }, effects });

  switch (event.type) {
    case 'close-requested':
      if (state.phase === 'closing') return to('closing'); // our own close(), or nothing to lose
      if (state.phase === 'asking' || state.phase === 'awaiting-save') return to(state.phase, ['prevent-close']);
      return state.dirty ? to('asking', ['prevent-close', 'show-dialog']) : to('closing');

    case 'dialog-answered':
      if (state.phase !== 'asking') return to(state.phase);
      if (event.choice === 'cancel') return to('editing', ['close-cancelled']);
      if (event.choice === 'discard') return to('closing', ['close-window']);
      return state.dirty ? to('awaiting-save', ['send-save', 'start-save-timer']) : to('closing', ['close-window']);

    case 'dirty-changed':
      if (state.phase === 'awaiting-save' && !event.dirty) return to('closing', ['clear-save-timer', 'close-window'], false);
      return to(state.phase, [], event.dirty);

    case 'save-timeout':
      if (state.phase !== 'awaiting-save') return to(state.phase);
      if (!state.dirty) return to('closing', ['close-window']);
      if (event.fileDialogOpen) return to('awaiting-save', ['start-save-timer']);
      return to('asking', ['show-dialog']);
  }
}
