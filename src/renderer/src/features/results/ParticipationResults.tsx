/**
 * Sector participation: who was in the room and who spoke, per sector (partners, participants,
 * cards, dots of the current round), so a missing voice is visible before deciding. Nothing here
 * says which risks won, so it is shown whether or not results are revealed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { sectorParticipationData } from '@core/charts';
import { useCards } from '../../hooks/entities';
import { useFormat } from '../../hooks/useFormat';
import { ChartFrame } from '../charts/ChartFrame';
import { PARTICIPATION_MEASURES, ParticipationChart } from '../charts/ParticipationChart';
import { legendOf, styleSeries } from '../charts/series';
import type { PrioritisationData } from './usePrioritisation';

export function ParticipationResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'catalogue']);
  const { data: cards } = useCards(plan.id);
  const { number } = useFormat();
  const { partners, participants, votes } = data;
  const round = plan.voting.round;
  const rows = useMemo(
    () =>
      sectorParticipationData({ partners, participants, cards, votes, round }).map((d) => ({
        ...d,
        label: t(`catalogue:sector.${d.sector}`, { defaultValue: d.sector }),
      })),
    [partners, participants, cards, votes, round, t],
  );
  const series = styleSeries(
    'participation',
    PARTICIPATION_MEASURES.map((m) => ({ key: m, label: t(`results:measure.${m}`, { round }) })),
  );
  if (rows.length === 0) return <p className="empty">{t('results:noParticipation')}</p>;
  const silent = rows.filter((r) => r.partners > 0 && r.participants === 0 && r.cards === 0);

  return (
    <>
      <ChartFrame title={t('results:participationTitle')} className="participation-chart" legend={legendOf(series)} note={t('results:participationNote')}>
        <ParticipationChart data={rows} series={series} patternPrefix="participation" axisLabel={t('results:participationAxis')} />
      </ChartFrame>
      {silent.length > 0 && (
        <p className="warning">{t('results:silentSectors', { list: silent.map((r) => r.label).join(', '), count: silent.length })}</p>
      )}
      <table className="data-table ranking participation-table">
        <caption className="visually-hidden">{t('results:participationTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results:sector')}</th>
            <th scope="col" className="num">{t('results:measure.partners')}</th>
            {PARTICIPATION_MEASURES.map((m) => (
              <th scope="col" key={m} className="num">
                {t(`results:measure.${m}`, { round })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sector}>
              <th scope="row">{r.label}</th>
              <td className="num">{number(r.partners)}</td>
              <td className="num">{number(r.participants)}</td>
              <td className="num">{number(r.cards)}</td>
              <td className="num">{number(r.dots)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
