/**
 * Who is scoring: a participant, or an organisation scoring as one. Each rater shows how far
 * their scores are (scores given / cells), so the facilitator sees whose sheet is still missing.
 */
import { useTranslation } from 'react-i18next';
import type { Participant, Partner } from '@core/model';

export interface RaterProgress {
  id: string;
  name: string;
  given: number;
}

interface RaterPickerProps {
  participants: readonly Participant[];
  partners: readonly Partner[];
  raterId: string;
  onChange: (raterId: string) => void;
  progress: ReadonlyMap<string, number>;
  cells: number;
}

export function RaterPicker({ participants, partners, raterId, onChange, progress, cells }: RaterPickerProps) {
  const { t } = useTranslation('scoring');
  const count = (id: string) => t('scoring:progress', { given: progress.get(id) ?? 0, cells });
  return (
    <div className="rater-picker">
      <label>
        {t('scoring:rater')}
        <select value={raterId} onChange={(e) => onChange(e.target.value)}>
          <optgroup label={t('scoring:participants')}>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.name} (${count(p.id)})`}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('scoring:organisations')}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.name} (${count(p.id)})`}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <ul className="rater-progress" aria-label={t('scoring:progressList')}>
        {participants.map((p) => {
          const given = progress.get(p.id) ?? 0;
          const state = given === 0 ? 'none' : given >= cells ? 'done' : 'part';
          return (
            <li key={p.id}>
              <button type="button" className={`rater-chip ${state}`} aria-pressed={p.id === raterId} onClick={() => onChange(p.id)}>
                <span className="rater-name">{p.name}</span>
                <span className="rater-count">
                  {state === 'done' ? t('scoring:done') : count(p.id)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
