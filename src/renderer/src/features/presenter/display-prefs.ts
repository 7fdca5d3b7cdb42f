/**
 * The facilitator's presenting preferences (theme, text size, sound), remembered on this computer:
 * the same room and projector are usually used again.
 */
import { TEXT_SIZES, THEMES, type AudienceTheme, type TextSize } from '@core/presentation';

export interface DisplayPrefs {
  theme: AudienceTheme;
  textSize: TextSize;
  sound: boolean;
}

const KEY = 'cswb.presenter';

function defaultSound(): boolean {
  // People who ask the system for less motion often want fewer surprises too: no tone by default.
  return !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function loadDisplayPrefs(): DisplayPrefs {
  const fallback: DisplayPrefs = { theme: 'standard', textSize: 'large', sound: defaultSound() };
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as Partial<DisplayPrefs> | null;
    if (!stored || typeof stored !== 'object') return fallback;
    return {
      theme: THEMES.includes(stored.theme as AudienceTheme) ? (stored.theme as AudienceTheme) : fallback.theme,
      textSize: TEXT_SIZES.includes(stored.textSize as TextSize) ? (stored.textSize as TextSize) : fallback.textSize,
      sound: typeof stored.sound === 'boolean' ? stored.sound : fallback.sound,
    };
  } catch {
    return fallback;
  }
}

export function saveDisplayPrefs(prefs: DisplayPrefs): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the preferences simply are not remembered.
  }
}
