/**
 * Risk-catalogue tags with autocomplete in both languages. Enter adds the highlighted entry (or
 * offers to add a new one to the plan's catalogue); Backspace in the empty box removes the last
 * tag; Enter or Escape in the empty box hands focus back (`onDone`).
 */
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { hasExactLabel, searchCatalogue } from '@core/search';
import type { CatalogueLabels } from './useCatalogueOptions';
import { ComboLabel, comboInputProps, ListboxPopup } from '../../components/ListboxPopup';
import '../../components/combobox.css';

interface TagInputProps {
  label: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  catalogue: CatalogueLabels;
  /** Creates a plan catalogue entry for a label nobody has yet; returns its id. */
  onCreate?: (label: string) => Promise<string | null>;
  inputRef?: Ref<HTMLInputElement>;
  onDone?: () => void;
  shortcut?: string;
  /** Only categories (for risks), not specific factors. */
  categoriesOnly?: boolean;
}

const CREATE = '__create__';

export function TagInput({ label, value, onChange, catalogue, onCreate, inputRef, onDone, shortcut, categoriesOnly }: TagInputProps) {
  const { t } = useTranslation('capture');
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const pool = useMemo(
    () => catalogue.options.filter((o) => !value.includes(o.id) && (!categoriesOnly || o.parentLabel === null)),
    [catalogue.options, value, categoriesOnly],
  );
  const shown = useMemo(() => {
    if (!query.trim()) return [];
    const found = searchCatalogue(pool, query, 8).map((o) => ({ id: o.id, label: o.label, detail: o.parentLabel ?? (o.userDefined ? t('capture:planEntry') : null) }));
    if (onCreate && !hasExactLabel(catalogue.options, query)) found.push({ id: CREATE, label: t('capture:addToCatalogue', { label: query.trim() }), detail: null });
    return found;
  }, [pool, query, onCreate, catalogue.options, t]);

  const add = async (optionId: string | undefined) => {
    if (!optionId) return;
    const tagId = optionId === CREATE ? await onCreate?.(query.trim()) : optionId;
    if (tagId && !value.includes(tagId)) onChange([...value, tagId]);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((a) => (shown.length ? (a + step + shown.length) % shown.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (query.trim() && shown.length) void add(shown[active]?.id);
      else if (!query.trim()) onDone?.();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (query) {
        setQuery('');
        setOpen(false);
      } else onDone?.();
    } else if (e.key === 'Backspace' && !query && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  const listOpen = open && shown.length > 0;
  return (
    <div className="tag-input combobox">
      <ComboLabel htmlFor={id} label={label} shortcut={shortcut} />
      <div className="tag-box">
        {value.length > 0 && (
          <ul className="tag-chips" aria-label={t('capture:chosenTags', { label })}>
            {value.map((tag) => (
              <li key={tag} className="tag-chip">
                <span>{catalogue.labelOf(tag)}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('capture:removeTag', { tag: catalogue.labelOf(tag) })}
                  onClick={() => onChange(value.filter((x) => x !== tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          {...comboInputProps(id, listOpen, listOpen ? active : null, shortcut)}
          ref={inputRef}
          value={query}
          placeholder={value.length ? '' : t('capture:tagPlaceholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ListboxPopup
        idPrefix={id}
        label={label}
        open={listOpen}
        options={shown.map((o) => ({ key: o.id, label: o.label, detail: o.detail ?? undefined, className: o.id === CREATE ? 'create' : undefined }))}
        active={active}
        onPick={(i) => void add(shown[i]!.id)}
      />
    </div>
  );
}
