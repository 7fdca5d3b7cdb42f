import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import { db } from '../../db/database';
import { addParticipant, PeopleInputError } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';
import { AffiliationFields } from './AffiliationFields';

/** Name and organisation, Enter: the next person. Without an organisation, a person may speak for a sector. */
export function AddParticipantForm({ planId, partners }: { planId: string; partners: Partner[] }) {
  const { t } = useTranslation(['partners', 'catalogue']);
  const { announce } = useAnnouncer();
  const [name, setName] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [sector, setSector] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const p = await addParticipant(db, planId, { name, partnerId: partnerId || null, sector: partnerId ? null : sector || null });
      announce(t('partners:participantAdded', { name: p.name }));
      setName('');
      setProblem(null);
    } catch (err) {
      if (!(err instanceof PeopleInputError)) throw err;
      setProblem(t(`partners:problem.${err.reason}`, { name: name.trim() }));
    }
    nameRef.current?.focus();
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('partners:addParticipantForm')}>
      <label className="grow">
        {t('partners:personName')}
        <input
          ref={nameRef}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'participant-name-problem' : undefined}
        />
      </label>
      <AffiliationFields partners={partners} partnerId={partnerId} onPartnerId={setPartnerId} sector={sector} onSector={setSector} />
      <button type="submit" className="primary">
        {t('partners:addParticipant')}
      </button>
      {problem && (
        <p id="participant-name-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
