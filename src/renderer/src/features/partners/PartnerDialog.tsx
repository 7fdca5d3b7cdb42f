/**
 * Everything about one organisation: name, sector, contact person, notes, the legislated
 * advisory-committee seats it fills and the consultation groups it represents.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_GROUPS, SEATS, SECTORS } from '@core/catalogue';
import type { Partner } from '@core/model';
import { db } from '../../db/database';
import { PeopleInputError, updatePartner, type PartnerFields } from '../../domain/partners';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { CheckboxGroup } from './CheckboxGroup';

export function PartnerDialog({ partner, onClose }: { partner: Partner | null; onClose: () => void }) {
  const { t } = useTranslation(['partners', 'common']);
  return (
    <Dialog
      title={partner ? t('partners:editPartnerTitle', { name: partner.name }) : ''}
      open={partner !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" form="partner-form" className="primary">
            {t('partners:save')}
          </button>
        </>
      }
    >
      {partner && <PartnerForm partner={partner} onDone={onClose} />}
    </Dialog>
  );
}

function PartnerForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const { t } = useTranslation(['partners', 'catalogue']);
  const { announce } = useAnnouncer();
  const [f, setF] = useState<Required<Pick<PartnerFields, 'name' | 'sector' | 'contactName' | 'contactEmail' | 'notes' | 'seats' | 'consultationGroups'>>>({
    name: partner.name,
    sector: partner.sector,
    contactName: partner.contactName,
    contactEmail: partner.contactEmail,
    notes: partner.notes,
    seats: partner.seats,
    consultationGroups: partner.consultationGroups,
  });
  const [problem, setProblem] = useState<{ field: 'name' | 'email'; message: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await updatePartner(db, partner.planId, partner.id, f);
      announce(t('partners:partnerSaved', { name: f.name.trim() }));
      onDone();
    } catch (err) {
      if (!(err instanceof PeopleInputError)) throw err;
      setProblem({ field: err.reason === 'badEmail' ? 'email' : 'name', message: t(`partners:problem.${err.reason}`, { name: f.name.trim() }) });
    }
  };

  return (
    <form id="partner-form" className="form-grid partner-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('partners:organisationName')}
        <input value={f.name} maxLength={200} onChange={(e) => setF({ ...f, name: e.target.value })} aria-invalid={problem?.field === 'name'} autoFocus />
      </label>
      <label>
        {t('partners:sector')}
        <select value={f.sector} onChange={(e) => setF({ ...f, sector: e.target.value })}>
          {SECTORS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`catalogue:sector.${s.id}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-row">
        <label>
          {t('partners:contactName')}
          <input value={f.contactName} maxLength={200} onChange={(e) => setF({ ...f, contactName: e.target.value })} />
        </label>
        <label>
          {t('partners:contactEmail')}
          <input type="text" inputMode="email" autoComplete="off" value={f.contactEmail} maxLength={200} onChange={(e) => setF({ ...f, contactEmail: e.target.value })} aria-invalid={problem?.field === 'email'} />
        </label>
      </div>
      <label>
        {t('partners:notes')}
        <textarea rows={3} value={f.notes} maxLength={4000} onChange={(e) => setF({ ...f, notes: e.target.value })} />
      </label>
      <div className="checkbox-columns">
        <CheckboxGroup legend={t('partners:seats')} ids={SEATS} value={f.seats} onChange={(seats) => setF({ ...f, seats })} labelOf={(id) => t(`catalogue:seat.${id}`)} />
        <CheckboxGroup
          legend={t('partners:represents')}
          ids={CONSULTATION_GROUPS}
          value={f.consultationGroups}
          onChange={(consultationGroups) => setF({ ...f, consultationGroups })}
          labelOf={(id) => t(`catalogue:group.${id}`)}
        />
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem.message}
        </p>
      )}
    </form>
  );
}
