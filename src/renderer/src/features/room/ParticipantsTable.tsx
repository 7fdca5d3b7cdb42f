/** Who joined from a phone, as they chose to be listed, with what they added; remove one. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import type { MemberSummary } from '@core/room';
import { useFormat } from '../../hooks/useFormat';

/** How a phone participant is listed: their name, "Anonymous 3" or "Participant 3". */
export function useMemberName(): (m: Pick<MemberSummary, 'name' | 'anonymous' | 'ordinal'>) => string {
  const { t } = useTranslation('room');
  return useCallback((m) => (m.anonymous ? t('people.anonymous', { n: m.ordinal }) : m.name || t('people.unnamed', { n: m.ordinal })), [t]);
}

export function ParticipantsTable({ members, partners, onRemove }: { members: MemberSummary[]; partners: Partner[]; onRemove(member: MemberSummary): void }) {
  const { t } = useTranslation(['room', 'catalogue']);
  const { locale } = useFormat();
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }), [locale]);
  const memberName = useMemberName();
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const joined = members.filter((m) => !m.removed).length;
  return (
    <section className="room-people" aria-labelledby="room-people-heading">
      <h3 id="room-people-heading">{t('room:people.heading', { count: joined })}</h3>
      {members.length === 0 ? (
        <p className="empty">{t('room:people.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('room:people.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('room:people.name')}</th>
              <th scope="col">{t('room:people.speaksFor')}</th>
              <th scope="col">{t('room:people.joined')}</th>
              <th scope="col">{t('room:people.added')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('room:people.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...members].reverse().map((m) => {
              const name = memberName(m);
              const speaksFor = m.partnerId ? (partnerName.get(m.partnerId) ?? '') : m.sector ? t(`catalogue:sector.${m.sector}`) : '';
              return (
                <tr key={m.id} className={m.removed ? 'removed' : undefined}>
                  <th scope="row">{name}</th>
                  <td>{speaksFor}</td>
                  <td>{time.format(new Date(m.joinedAt))}</td>
                  <td>
                    {[t('room:people.cards', { count: m.applied.card }), t('room:people.votes', { count: m.applied.vote }), t('room:people.scores', { count: m.applied.score })].join(', ')}
                  </td>
                  <td>
                    {m.removed ? (
                      <span className="kind-badge">{t('room:people.removed')}</span>
                    ) : (
                      <button type="button" className="small danger" aria-label={t('room:people.removeLabel', { name })} onClick={() => onRemove(m)}>
                        {t('room:people.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
