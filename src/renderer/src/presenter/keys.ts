/**
 * Presenter keys, as in presentation software and for clickers (which send PageDown / PageUp, and
 * often B or "." for a black screen): next / previous step, blank, freeze. Never while typing, and
 * never with Ctrl, Alt or Cmd (those belong to the app's own shortcuts).
 */
import { isTextField } from '../commands/registry';
import type { AudienceCommand } from '@core/presentation';

const ARROW_WIDGETS = ['slider', 'spinbutton', 'listbox', 'menu', 'menubar', 'tablist', 'radiogroup', 'tree', 'grid', 'treegrid', 'combobox']
  .map((role) => `[role="${role}"]`)
  .join(',');

/** Controls where arrow keys already mean something (moving in a list, a slider, a menu...). */
function usesArrows(el: Element | null): boolean {
  if (!el) return false;
  if (isTextField(el) || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement && ['range', 'radio', 'number'].includes(el.type)) return true;
  return el.closest(ARROW_WIDGETS) !== null;
}

export function presenterKeyCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'defaultPrevented'>, focused: Element | null = document.activeElement): AudienceCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return null;
  if (isTextField(focused) || focused instanceof HTMLSelectElement) return null;
  switch (e.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    // Left and right only: up and down keep scrolling the facilitator's page.
    case 'ArrowRight':
      return usesArrows(focused) ? null : 'next';
    case 'ArrowLeft':
      return usesArrows(focused) ? null : 'previous';
    case 'b':
    case 'B':
    case '.':
      return e.repeat ? null : 'blank';
    case 'f':
    case 'F':
      return e.repeat ? null : 'freeze';
    default:
      return null;
  }
}
