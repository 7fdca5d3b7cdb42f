import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import { db } from '../../db/database';
import { addParticipant } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';

export function AddParticipantForm({ planId, partners }: { planId: string; partners: Partner[] }) {
  const { t } = useTranslation(['partners']);
  const { announce } = useAnnouncer();
  const [name, setName] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [problem, setProblem] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setProblem(true);
      nameRef.current?.focus();
      return;
    }
    const p = await addParticipant(db, planId, { name, partnerId: partnerId || null });
    announce(t('partners:participantAdded', { name: p.name }));
    setName('');
    setProblem(false);
    nameRef.current?.focus();
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('partners:addParticipantForm')}>
      <label>
        {t('partners:personName')}
        <input
          ref={nameRef}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem}
          aria-describedby={problem ? 'participant-name-problem' : undefined}
        />
      </label>
      <label>
        {t('partners:organisation')}
        <select value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
          <option value="">{t('partners:noOrganisation')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {t('partners:addParticipant')}
      </button>
      {problem && (
        <p id="participant-name-problem" className="field-problem">
          {t('partners:nameRequired')}
        </p>
      )}
    </form>
  );
}
