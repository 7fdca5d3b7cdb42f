/**
 * Stage 5: results. Dot totals stay hidden until the facilitator reveals them (so nobody follows
 * the early leaders); then the ranking, its chart, and the choice of priorities.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { tallyDots, rankRisks } from '@core/scoring';
import { db } from '../../db/database';
import { useParticipants, usePartners, useRisks, useVotes } from '../../hooks/entities';
import { updatePlan } from '../../domain/plans';
import { setPriority } from '../../domain/risks';
import { useAnnouncer } from '../../components/Announcer';
import { RankedBarChart } from './RankedBarChart';

export function ResultsStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['results', 'common']);
  const { data: risks } = useRisks(plan.id);
  const { data: votes } = useVotes(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { announce } = useAnnouncer();
  const revealed = plan.voting.revealed;

  const ranking = useMemo(() => {
    const byId = new Map(risks.map((r) => [r.id, r]));
    const tally = tallyDots(votes, risks, participants, partners, plan.voting);
    return rankRisks(tally, (row) => row.dots).map((r) => ({ ...r, risk: byId.get(r.item.riskId)! }));
  }, [votes, risks, participants, partners, plan.voting]);

  const reveal = async (value: boolean) => {
    await updatePlan(db, plan.id, { voting: { ...plan.voting, revealed: value } });
    announce(value ? t('results:revealedNow') : t('results:hiddenNow'));
  };

  const togglePriority = async (riskId: string, title: string, on: boolean) => {
    await setPriority(db, plan.id, riskId, on, on
      ? { date: new Date().toISOString().slice(0, 10), method: 'dotVoting', presentPartnerIds: partners.map((p) => p.id), note: '' }
      : null);
    announce(on ? t('results:promoted', { title }) : t('results:demoted', { title }));
  };

  const priorityCount = risks.filter((r) => r.isPriority).length;

  return (
    <>
      <h1 id="stage-title">{t('results:title')}</h1>
      <p className="stage-intro">{t('results:intro')}</p>
      <div className="inline-form">
        {revealed ? (
          <button type="button" onClick={() => void reveal(false)}>
            {t('results:hide')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void reveal(true)}>
            {t('results:reveal')}
          </button>
        )}
        <span>{t('results:dotsCast', { count: votes.filter((v) => v.round === plan.voting.round).reduce((s, v) => s + v.dots, 0) })}</span>
        <span>{t('results:priorityCount', { count: priorityCount })}</span>
      </div>
      {!revealed ? (
        <p className="hidden-results">{t('results:hiddenExplain')}</p>
      ) : (
        <>
          <figure className="chart-box">
            <figcaption>{t('results:chartCaption')}</figcaption>
            <RankedBarChart data={ranking.map((r) => ({ name: r.item.title, value: r.item.dots }))} valueLabel={t('results:dots')} />
          </figure>
          <table className="data-table ranking">
            <caption className="visually-hidden">{t('results:tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('results:rank')}</th>
                <th scope="col">{t('results:risk')}</th>
                <th scope="col" className="num">{t('results:dots')}</th>
                <th scope="col" className="num">{t('results:voters')}</th>
                <th scope="col">{t('results:priority')}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.map(({ rank, tied, item, risk }) => (
                <tr key={risk.id}>
                  <td className="num">{rank === null ? '–' : tied ? t('results:tiedRank', { rank }) : rank}</td>
                  <th scope="row">{risk.title}</th>
                  <td className="num">{item.dots}</td>
                  <td className="num">{item.voters}</td>
                  <td>
                    <label className="compact">
                      <input
                        type="checkbox"
                        checked={risk.isPriority}
                        aria-label={t('results:markPriority', { title: risk.title })}
                        onChange={(e) => void togglePriority(risk.id, risk.title, e.target.checked)}
                      />
                      {t('results:priority')}
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
