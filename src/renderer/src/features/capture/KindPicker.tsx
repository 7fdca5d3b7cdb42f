/**
 * The five kinds of input as one radio group, each with its colour and its letter-free shortcut
 * (Alt+1 to Alt+5, handled by the form so it works from the text box). Colour is never alone:
 * every kind is named.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind } from '@core/model';
import '../../components/combobox.css';

export const KIND_SHORTCUTS: Record<string, CardKind> = Object.fromEntries(CARD_KINDS.map((k, i) => [String(i + 1), k]));

/** The kind an Alt+digit key press selects, or null. Uses `code` so it works on every keyboard layout. */
export function kindForShortcut(e: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): CardKind | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(e.code)?.[1];
  return digit ? (KIND_SHORTCUTS[digit] ?? null) : null;
}

export function KindPicker({ value, onChange, label }: { value: CardKind; onChange: (k: CardKind) => void; label: string }) {
  const { t } = useTranslation(['capture', 'catalogue']);
  const name = useId();
  return (
    <fieldset className="kind-picker">
      <legend>{label}</legend>
      {CARD_KINDS.map((k, i) => (
        <label key={k} className={`kind-option kind-${k}`}>
          <input type="radio" name={name} value={k} checked={value === k} onChange={() => onChange(k)} aria-keyshortcuts={`Alt+${i + 1}`} />
          <span>{t(`catalogue:cardKind.${k}`)}</span>
          <kbd className="shortcut-hint" aria-hidden="true">
            {t('capture:altDigit', { digit: i + 1 })}
          </kbd>
        </label>
      ))}
    </fieldset>
  );
}
