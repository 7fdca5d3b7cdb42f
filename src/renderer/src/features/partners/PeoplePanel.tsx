/** The people who take part (and vote): organisation or sector, groups, sessions attended. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Partner, WorkshopSession } from '@core/model';
import { db } from '../../db/database';
import { deleteParticipant } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { AddParticipantForm } from './AddParticipantForm';
import { ParticipantDialog } from './ParticipantDialog';

interface Props {
  planId: string;
  partners: Partner[];
  participants: Participant[];
  sessions: WorkshopSession[];
}

export function PeoplePanel({ planId, partners, participants, sessions }: Props) {
  const { t } = useTranslation(['partners', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const [editing, setEditing] = useState<Participant | null>(null);
  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const attended = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of sessions) for (const id of s.attendeeIds) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  }, [sessions]);

  const remove = (p: Participant) =>
    void deleteParticipant(db, planId, p.id).then(() =>
      announce(t('partners:participantDeleted', { name: p.name }), { action: undoAction(planId) }),
    );

  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading" className="visually-hidden">
        {t('partners:participants', { count: participants.length })}
      </h2>
      <p className="hint">{t('partners:participantsHint')}</p>
      <AddParticipantForm planId={planId} partners={partners} />
      {participants.length === 0 ? (
        <p className="empty">{t('partners:noParticipantsYet')}</p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('partners:participantsCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('partners:participantsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners:personName')}</th>
                <th scope="col">{t('partners:organisationOrSector')}</th>
                <th scope="col">{t('partners:belongsTo')}</th>
                <th scope="col" className="num">
                  {t('partners:sessionsAttended')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    {p.partnerId
                      ? partnerName.get(p.partnerId)
                      : p.sector
                        ? t('partners:sectorOnly', { sector: t(`catalogue:sector.${p.sector}`) })
                        : t('partners:noOrganisation')}
                  </td>
                  <td>{p.consultationGroups.map((g) => t(`catalogue:group.${g}`)).join('; ')}</td>
                  <td className="num">{t('partners:attendedOf', { count: attended.get(p.id) ?? 0, total: sessions.length })}</td>
                  <td className="row-actions">
                    <button type="button" className="quiet" aria-label={t('partners:editParticipant', { name: p.name })} onClick={() => setEditing(p)}>
                      {t('partners:edit')}
                    </button>
                    <button type="button" className="quiet" aria-label={t('partners:deleteParticipant', { name: p.name })} onClick={() => remove(p)}>
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ParticipantDialog participant={editing} partners={partners} onClose={() => setEditing(null)} />
    </section>
  );
}
