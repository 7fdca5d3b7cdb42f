/**
 * A profile text field saved when it loses focus (one undoable change per edit, nothing written
 * when the text did not change). It shows the stored text again after an undo.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { MAX_PROFILE_TEXT, updateProfile, type ProfileFields } from '../../domain/profiles';
import { useAnnouncer } from '../../components/Announcer';

type TextField = 'problemStatement' | 'vulnerableGroups' | 'protectiveFactors';

interface Props {
  planId: string;
  riskId: string;
  field: TextField;
  label: string;
  hint: string;
  value: string;
  rows?: number;
  /** When a section heading already names the field, the label is for screen readers only. */
  hideLabel?: boolean;
}

export function ProfileTextField(props: Props) {
  // Remount when the stored value changes (undo, another window): the draft starts from it again.
  return <Editor key={`${props.riskId}:${props.value}`} {...props} />;
}

function Editor({ planId, riskId, field, label, hint, value, rows = 4, hideLabel = false }: Props) {
  const { t } = useTranslation('profiles');
  const { announce } = useAnnouncer();
  const [draft, setDraft] = useState(value);
  const hintId = `${field}-${riskId}-hint`;
  const save = async () => {
    if (draft.trim() === value.trim()) return;
    const patch: ProfileFields = { [field]: draft };
    if (await updateProfile(db, planId, riskId, patch)) announce(t('saved', { field: label }));
  };
  return (
    <label className="profile-field">
      {hideLabel ? <span className="visually-hidden">{label}</span> : label}
      <span id={hintId} className="field-hint">
        {hint}
      </span>
      <textarea rows={rows} value={draft} maxLength={MAX_PROFILE_TEXT} aria-describedby={hintId} onChange={(e) => setDraft(e.target.value)} onBlur={() => void save()} />
    </label>
  );
}
