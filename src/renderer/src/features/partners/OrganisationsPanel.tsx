/** The partner organisations: add by keyboard, see seats and groups at a glance, edit, delete, restore. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Partner } from '@core/model';
import { db } from '../../db/database';
import { useCards } from '../../hooks/entities';
import { deletePartner, restorePartner } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { RecentlyDeleted } from '../capture/RecentlyDeleted';
import { AddPartnerForm } from './AddPartnerForm';
import { PartnerDialog } from './PartnerDialog';

interface Props {
  planId: string;
  partners: Partner[];
  participants: Participant[];
}

export function OrganisationsPanel({ planId, partners, participants }: Props) {
  const { t } = useTranslation(['partners', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const { data: cards } = useCards(planId);
  const [editing, setEditing] = useState<Partner | null>(null);
  const counts = useMemo(() => {
    const cardCount = new Map<string, number>();
    for (const c of cards) if (c.partnerId) cardCount.set(c.partnerId, (cardCount.get(c.partnerId) ?? 0) + 1);
    const people = new Map<string, number>();
    for (const p of participants) if (p.partnerId) people.set(p.partnerId, (people.get(p.partnerId) ?? 0) + 1);
    return { cardCount, people };
  }, [cards, participants]);

  const remove = (p: Partner) =>
    void deletePartner(db, planId, p.id).then(() =>
      announce(t('partners:partnerDeleted', { name: p.name }), { action: undoAction(planId) }),
    );

  return (
    <section aria-labelledby="partners-heading">
      <h2 id="partners-heading" className="visually-hidden">
        {t('partners:organisations', { count: partners.length })}
      </h2>
      <AddPartnerForm planId={planId} />
      {partners.length === 0 ? (
        <p className="empty">{t('partners:noPartnersYet')}</p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('partners:organisationsCaption')}>
          <table className="data-table partners-table">
            <caption className="visually-hidden">{t('partners:organisationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners:name')}</th>
                <th scope="col">{t('partners:sector')}</th>
                <th scope="col">{t('partners:seats')}</th>
                <th scope="col">{t('partners:represents')}</th>
                <th scope="col">{t('partners:contact')}</th>
                <th scope="col" className="num">
                  {t('partners:peopleAndCards')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`catalogue:sector.${p.sector}`, { defaultValue: p.sector })}</td>
                  <td>
                    <ul className="plain-list">
                      {p.seats.map((s) => (
                        <li key={s} className="seat-chip">
                          {t(`catalogue:seat.${s}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{p.consultationGroups.map((g) => t(`catalogue:group.${g}`)).join('; ')}</td>
                  <td>
                    {p.contactName}
                    {p.contactEmail && <span className="contact-email">{p.contactEmail}</span>}
                  </td>
                  <td className="num">{t('partners:peopleCards', { people: counts.people.get(p.id) ?? 0, cards: counts.cardCount.get(p.id) ?? 0 })}</td>
                  <td className="row-actions">
                    <button type="button" className="quiet" aria-label={t('partners:editPartner', { name: p.name })} onClick={() => setEditing(p)}>
                      {t('partners:edit')}
                    </button>
                    <button type="button" className="quiet" aria-label={t('partners:deletePartner', { name: p.name })} onClick={() => remove(p)}>
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RecentlyDeleted
        planId={planId}
        table="partners"
        title={t('partners:recentlyDeleted')}
        nameOf={(p) => p.name}
        describe={(p) => (
          <>
            <strong>{p.name}</strong> <span>{t(`catalogue:sector.${p.sector}`, { defaultValue: p.sector })}</span>
          </>
        )}
        restore={(seq, id) => restorePartner(db, planId, seq, id)}
      />
      <PartnerDialog partner={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
