import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '@core/catalogue';
import { db } from '../../db/database';
import { addPartner, PeopleInputError } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';

/** Name, sector, Enter: the next organisation. Seats default from the sector; edit adds the rest. */
export function AddPartnerForm({ planId }: { planId: string }) {
  const { t } = useTranslation(['partners', 'catalogue']);
  const { announce } = useAnnouncer();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('community');
  const [problem, setProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const seats = SECTORS.find((s) => s.id === sector)?.seats ?? [];
      const partner = await addPartner(db, planId, { name, sector, seats: [...seats] });
      announce(t('partners:partnerAdded', { name: partner.name }));
      setName('');
      setProblem(null);
    } catch (err) {
      if (!(err instanceof PeopleInputError)) throw err;
      setProblem(t(`partners:problem.${err.reason}`, { name: name.trim() }));
    }
    nameRef.current?.focus();
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('partners:addPartnerForm')}>
      <label className="grow">
        {t('partners:organisationName')}
        <input
          ref={nameRef}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'partner-name-problem' : undefined}
        />
      </label>
      <label>
        {t('partners:sector')}
        <select value={sector} onChange={(e) => setSector(e.target.value)}>
          {SECTORS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`catalogue:sector.${s.id}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {t('partners:addPartner')}
      </button>
      {problem && (
        <p id="partner-name-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
