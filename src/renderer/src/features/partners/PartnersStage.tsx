/** Stage 1: the organisations at the table and the people who will vote. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { SECTORS } from '@core/catalogue';
import { db } from '../../db/database';
import { usePartners, useParticipants } from '../../hooks/entities';
import { deleteParticipant, deletePartner } from '../../domain/partners';
import { useAnnouncer } from '../../components/Announcer';
import { AddPartnerForm } from './AddPartnerForm';
import { AddParticipantForm } from './AddParticipantForm';

export function PartnersStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['partners', 'catalogue', 'common']);
  const { data: partners } = usePartners(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { announce } = useAnnouncer();
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const sectorsPresent = new Set(partners.map((p) => p.sector));

  return (
    <>
      <h1 id="stage-title">{t('partners:title')}</h1>
      <p className="stage-intro">{t('partners:intro')}</p>
      <div className="two-columns">
        <section aria-labelledby="partners-heading">
          <h2 id="partners-heading">{t('partners:organisations', { count: partners.length })}</h2>
          <AddPartnerForm planId={plan.id} />
          <table className="data-table">
            <caption className="visually-hidden">{t('partners:organisationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners:name')}</th>
                <th scope="col">{t('partners:sector')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`catalogue:sector.${p.sector}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('partners:deletePartner', { name: p.name })}
                      onClick={() =>
                        void deletePartner(db, plan.id, p.id).then(() => announce(t('partners:partnerDeleted', { name: p.name })))
                      }
                    >
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {partners.length > 0 && (
            <p className="hint">
              {t('partners:sectorsMissing', {
                list: SECTORS.filter((s) => !sectorsPresent.has(s.id))
                  .slice(0, 6)
                  .map((s) => t(`catalogue:sector.${s.id}`))
                  .join(', '),
              })}
            </p>
          )}
        </section>
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">{t('partners:participants', { count: participants.length })}</h2>
          <p className="hint">{t('partners:participantsHint')}</p>
          <AddParticipantForm planId={plan.id} partners={partners} />
          <table className="data-table">
            <caption className="visually-hidden">{t('partners:participantsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners:personName')}</th>
                <th scope="col">{t('partners:organisation')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.partnerId ? partnerName.get(p.partnerId) : t('partners:noOrganisation')}</td>
                  <td>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('partners:deleteParticipant', { name: p.name })}
                      onClick={() => void deleteParticipant(db, plan.id, p.id)}
                    >
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
