/**
 * Coverage against the law (CSPA 2019, Part XVI): the seven advisory-committee seats, the groups
 * consultation must reach, the sectors at each session and the sectors not yet at the table.
 * Filled and missing are said in words and marks, never by colour alone.
 */
import { useTranslation } from 'react-i18next';
import type { Coverage } from '@core/coverage';
import type { Participant, Partner, WorkshopSession } from '@core/model';
import { useDateFormat } from '../sessions/useDateFormat';
import './coverage.css';

interface Props {
  coverage: Coverage;
  partners: Partner[];
  participants: Participant[];
  sessions: WorkshopSession[];
}

export function CoveragePanel({ coverage, partners, participants, sessions }: Props) {
  const { t } = useTranslation(['coverage', 'catalogue']);
  const formatDate = useDateFormat();
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const personName = new Map(participants.map((p) => [p.id, p.name]));
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const filled = coverage.seats.length - coverage.missingSeats.length;
  const reached = coverage.groups.length - coverage.missingGroups.length;

  return (
    <div className="coverage">
      <section aria-labelledby="seats-heading" className="coverage-section">
        <h2 id="seats-heading">{t('coverage:seatsHeading', { filled, total: coverage.seats.length })}</h2>
        <p className="hint">{t('coverage:seatsHint')}</p>
        <ul className="coverage-list" aria-label={t('coverage:seatsList')}>
          {coverage.seats.map((s) => (
            <li key={s.seat} className={s.partnerIds.length ? 'coverage-ok' : 'coverage-gap'}>
              <span className="mark" aria-hidden="true">
                {s.partnerIds.length ? '✓' : '✗'}
              </span>
              <span className="what">{t(`catalogue:seat.${s.seat}`)}</span>
              <span className="who">
                {s.partnerIds.length ? t('coverage:filledBy', { list: s.partnerIds.map((id) => partnerName.get(id)).join('; ') }) : t('coverage:seatMissing')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="groups-heading" className="coverage-section">
        <h2 id="groups-heading">{t('coverage:groupsHeading', { reached, total: coverage.groups.length })}</h2>
        <p className="hint">{t('coverage:groupsHint')}</p>
        <ul className="coverage-list" aria-label={t('coverage:groupsList')}>
          {coverage.groups.map((g) => {
            const who = [...g.partnerIds.map((id) => partnerName.get(id)), ...g.participantIds.map((id) => personName.get(id))].filter(Boolean);
            return (
              <li key={g.group} className={who.length ? 'coverage-ok' : 'coverage-gap'}>
                <span className="mark" aria-hidden="true">
                  {who.length ? '✓' : '✗'}
                </span>
                <span className="what">{t(`catalogue:group.${g.group}`)}</span>
                <span className="who">{who.length ? t('coverage:reachedThrough', { list: who.join('; ') }) : t('coverage:groupMissing')}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="session-sectors-heading" className="coverage-section">
        <h2 id="session-sectors-heading">{t('coverage:sessionsHeading')}</h2>
        {coverage.sessions.length === 0 ? (
          <p className="empty">{t('coverage:noSessions')}</p>
        ) : (
          <div className="table-scroll" role="region" tabIndex={0} aria-label={t('coverage:sessionsCaption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('coverage:sessionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coverage:session')}</th>
                  <th scope="col" className="num">
                    {t('coverage:attendees')}
                  </th>
                  <th scope="col">{t('coverage:sectorsPresent')}</th>
                  <th scope="col">{t('coverage:seatsAbsent')}</th>
                </tr>
              </thead>
              <tbody>
                {coverage.sessions.map((s) => {
                  const session = sessionById.get(s.sessionId);
                  return (
                    <tr key={s.sessionId}>
                      <th scope="row">
                        {session?.title}
                        {session?.date && <span className="session-date">{formatDate(session.date)}</span>}
                      </th>
                      <td className="num">{s.attendeeCount}</td>
                      <td>{s.attendeeCount ? s.sectors.map((sec) => t(`catalogue:sector.${sec}`)).join(', ') : t('coverage:noAttendance')}</td>
                      <td className={s.attendeeCount && s.seatsAbsent.length ? 'missing-cell' : undefined}>
                        {s.attendeeCount === 0 ? '—' : s.seatsAbsent.length ? s.seatsAbsent.map((seat) => t(`catalogue:seat.${seat}`)).join('; ') : t('coverage:allSeatsPresent')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="sectors-heading" className="coverage-section">
        <h2 id="sectors-heading">{t('coverage:sectorsHeading', { count: coverage.sectorsPresent.length })}</h2>
        <div className="two-columns">
          <div>
            <h3>{t('coverage:atTheTable')}</h3>
            <ul className="plain-list sectors">
              {coverage.sectorsPresent.map((s) => (
                <li key={s}>✓ {t(`catalogue:sector.${s}`, { defaultValue: s })}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('coverage:notAtTheTable')}</h3>
            <ul className="plain-list sectors">
              {coverage.sectorsAbsent.map((s) => (
                <li key={s}>– {t(`catalogue:sector.${s}`)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
