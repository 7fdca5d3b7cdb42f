/**
 * An editable combobox with a list (WAI-ARIA 1.2 pattern): type to filter, arrows to move, Enter
 * to choose, Escape to close. Focus never leaves the text box, so a facilitator can pick a
 * speaker or a sector without the mouse. Enter and Escape with the list closed call `onDone`, so
 * the capture form can send focus back to where the typing happens.
 */
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { matchesAllWordPrefixes, normaliseText } from '@core/search';
import { ComboLabel, comboInputProps, ListboxPopup } from './ListboxPopup';
import './combobox.css';

export interface ComboOption {
  value: string;
  label: string;
  /** Second line (organisation of a person, "Sector"...), searched too. */
  detail?: string;
}

interface ComboboxProps {
  label: string;
  options: readonly ComboOption[];
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Enter or Escape while the list is closed. */
  onDone?: () => void;
  /** An option picked (Enter or a click), or the current value confirmed with Enter. */
  onChoose?: (value: string) => void;
  shortcut?: string;
  className?: string;
  maxShown?: number;
}

export function filterComboOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  if (!query.trim()) return [...options];
  const q = normaliseText(query);
  const matches = options.filter((o) => matchesAllWordPrefixes(`${o.label} ${o.detail ?? ''}`, query));
  // Exact label first, then labels starting with the query: typing a full name picks that name.
  const rank = (o: ComboOption) => (normaliseText(o.label) === q ? 0 : normaliseText(o.label).startsWith(q) ? 1 : 2);
  return matches.map((o, i) => ({ o, i, r: rank(o) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.o);
}

export function Combobox({ label, options, value, onChange, inputRef, onDone, onChoose, shortcut, className, maxShown = 50 }: ComboboxProps) {
  const id = useId();
  const selected = options.find((o) => o.value === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterComboOptions(options, query ?? '').slice(0, maxShown), [options, query, maxShown]);

  const choose = (option: ComboOption | undefined) => {
    if (option) {
      onChange(option.value);
      onChoose?.(option.value);
    }
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(Math.max(0, shown.findIndex((o) => o.value === value)));
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (shown.length ? (a + step + shown.length) % shown.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open) choose(shown[active]);
      else if (value) onChoose?.(value);
      onDone?.();
    } else if (e.key === 'Escape') {
      if (open || query !== null) {
        e.preventDefault();
        e.stopPropagation();
        setQuery(null);
        setOpen(false);
      } else if (onDone) {
        e.preventDefault();
        onDone();
      }
    } else if (e.key === 'Tab' && open && query) {
      choose(shown[active]);
    }
  };

  const activeOption = open ? shown[active] : undefined;
  const popupOptions = shown.map((o) => ({ key: o.value, label: o.label, detail: o.detail, className: o.value === value ? 'current' : undefined }));
  return (
    <div className={`combobox ${className ?? ''}`}>
      <ComboLabel htmlFor={id} label={label} shortcut={shortcut} />
      <input
        {...comboInputProps(id, open, activeOption ? shown.indexOf(activeOption) : null, shortcut)}
        ref={inputRef}
        value={query ?? selected?.label ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          setQuery(null);
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <ListboxPopup
        idPrefix={id}
        label={label}
        open={open}
        options={popupOptions}
        active={active}
        onPick={(i) => {
          choose(shown[i]);
          onDone?.();
        }}
      />
    </div>
  );
}
