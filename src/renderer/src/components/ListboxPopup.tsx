/**
 * The parts Combobox and TagInput share (they differ in what picking does): the label with its
 * shortcut hint, and the list under the input (WAI-ARIA 1.2 editable combobox): options named
 * `<idPrefix>-opt-<n>` for the input's aria-activedescendant, the active one marked selected,
 * picked by a click that never takes focus from the input.
 */
export interface PopupOption {
  key: string;
  label: string;
  /** Second line (organisation of a person, "Sector"...). */
  detail?: string;
  className?: string;
}

interface ListboxPopupProps {
  /** The input's id: the list is `<idPrefix>-list`, the options `<idPrefix>-opt-<n>`. */
  idPrefix: string;
  label: string;
  open: boolean;
  options: readonly PopupOption[];
  active: number;
  onPick: (index: number) => void;
}

export const popupListId = (idPrefix: string) => `${idPrefix}-list`;
export const popupOptionId = (idPrefix: string, index: number) => `${idPrefix}-opt-${index}`;

/** The combobox input's own attributes: its role, its list, the active option, no autofill. */
export function comboInputProps(idPrefix: string, expanded: boolean, activeIndex: number | null, shortcut?: string) {
  return {
    id: idPrefix,
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-controls': popupListId(idPrefix),
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': activeIndex === null ? undefined : popupOptionId(idPrefix, activeIndex),
    'aria-keyshortcuts': shortcut,
    autoComplete: 'off',
    spellCheck: false,
  };
}

export function ListboxPopup({ idPrefix, label, open, options, active, onPick }: ListboxPopupProps) {
  return (
    <ul id={popupListId(idPrefix)} role="listbox" aria-label={label} className="combobox-list" hidden={!open || options.length === 0}>
      {open &&
        options.map((o, i) => (
          <li
            key={o.key}
            id={popupOptionId(idPrefix, i)}
            role="option"
            aria-selected={i === active}
            className={o.className}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(i)}
          >
            <span className="combobox-label">{o.label}</span>
            {o.detail && <span className="combobox-detail">{o.detail}</span>}
          </li>
        ))}
    </ul>
  );
}

/** The field's label, with its keyboard shortcut shown (the input announces it via aria-keyshortcuts). */
export function ComboLabel({ htmlFor, label, shortcut }: { htmlFor: string; label: string; shortcut?: string }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {shortcut && (
        <kbd className="shortcut-hint" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
    </label>
  );
}
