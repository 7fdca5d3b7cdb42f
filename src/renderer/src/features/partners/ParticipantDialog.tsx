/** One person: name, organisation (or the sector they speak for) and the consultation groups they belong to. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_GROUPS } from '@core/catalogue';
import type { Participant, Partner } from '@core/model';
import { db } from '../../db/database';
import { PeopleInputError, updateParticipant } from '../../domain/partners';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { CheckboxGroup } from './CheckboxGroup';
import { AffiliationFields } from './AffiliationFields';

export function ParticipantDialog({ participant, partners, onClose }: { participant: Participant | null; partners: Partner[]; onClose: () => void }) {
  const { t } = useTranslation(['partners', 'common']);
  return (
    <Dialog
      title={participant ? t('partners:editParticipantTitle', { name: participant.name }) : ''}
      open={participant !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" form="participant-form" className="primary">
            {t('partners:save')}
          </button>
        </>
      }
    >
      {participant && <ParticipantForm participant={participant} partners={partners} onDone={onClose} />}
    </Dialog>
  );
}

function ParticipantForm({ participant, partners, onDone }: { participant: Participant; partners: Partner[]; onDone: () => void }) {
  const { t } = useTranslation(['partners', 'catalogue']);
  const { announce } = useAnnouncer();
  const [name, setName] = useState(participant.name);
  const [partnerId, setPartnerId] = useState(participant.partnerId ?? '');
  const [sector, setSector] = useState(participant.sector ?? '');
  const [groups, setGroups] = useState(participant.consultationGroups);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await updateParticipant(db, participant.planId, participant.id, { name, partnerId: partnerId || null, sector: partnerId ? null : sector || null, consultationGroups: groups });
      announce(t('partners:participantSaved', { name: name.trim() }));
      onDone();
    } catch (err) {
      if (!(err instanceof PeopleInputError)) throw err;
      setProblem(t(`partners:problem.${err.reason}`, { name: name.trim() }));
    }
  };

  return (
    <form id="participant-form" className="form-grid" onSubmit={(e) => void submit(e)}>
      <label>
        {t('partners:personName')}
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-invalid={problem !== null} autoFocus />
      </label>
      <AffiliationFields partners={partners} partnerId={partnerId} onPartnerId={setPartnerId} sector={sector} onSector={setSector} />
      <CheckboxGroup legend={t('partners:belongsTo')} ids={CONSULTATION_GROUPS} value={groups} onChange={setGroups} labelOf={(id) => t(`catalogue:group.${id}`)} />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
