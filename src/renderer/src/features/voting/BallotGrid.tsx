/**
 * Ballot entry: one row per participant, one column per risk on this round's ballot. The
 * facilitator types each person's dots (from sticky dots or paper). No totals per risk appear
 * here: results stay hidden until they are revealed on the Results stage. In private mode one
 * ballot is on screen at a time (the others are not in the page), so a participant can vote at
 * the laptop without seeing anyone else's dots.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Plan, Risk, Vote } from '@core/model';
import { db } from '../../db/database';
import { BallotError, clearBallot, setDots } from '../../domain/votes';
import { useAnnouncer } from '../../components/Announcer';

interface BallotGridProps {
  plan: Plan;
  risks: readonly Risk[];
  participants: readonly Participant[];
  votes: readonly Vote[];
}

export function BallotGrid({ plan, risks, participants, votes }: BallotGridProps) {
  const { t } = useTranslation('voting');
  const { announce } = useAnnouncer();
  const [problem, setProblem] = useState<string | null>(null);
  const [privateMode, setPrivateMode] = useState(false);
  const [current, setCurrent] = useState(0);
  const { round, dotsPerParticipant, maxDotsPerRisk } = plan.voting;

  const dots = useMemo(() => {
    const m = new Map<string, number>();
    for (const v of votes) if (v.round === round) m.set(`${v.participantId}|${v.riskId}`, (m.get(`${v.participantId}|${v.riskId}`) ?? 0) + v.dots);
    return m;
  }, [votes, round]);
  const used = (participantId: string) => risks.reduce((sum, r) => sum + (dots.get(`${participantId}|${r.id}`) ?? 0), 0);
  const ballotsIn = participants.filter((p) => used(p.id) > 0).length;

  const enter = async (p: Participant, riskId: string, value: string) => {
    const n = value === '' ? 0 : Number(value);
    try {
      await setDots(db, plan.id, p.id, riskId, n);
      setProblem(null);
    } catch (e) {
      if (!(e instanceof BallotError)) throw e;
      setProblem(t(`voting:problem.${e.reason}`, { name: p.name, limit: e.limit }));
    }
  };

  const clear = async (p: Participant) => {
    await clearBallot(db, plan.id, p.id);
    announce(t('voting:ballotCleared', { name: p.name }));
  };

  const index = Math.min(current, participants.length - 1);
  const shown = privateMode ? participants.slice(index, index + 1) : participants;

  return (
    <section aria-labelledby="ballots-heading" className="ballots">
      <div className="section-header">
        <h2 id="ballots-heading">{t('voting:ballots', { round })}</h2>
        <p className="ballot-count">{t('voting:ballotsIn', { count: ballotsIn, total: participants.length })}</p>
      </div>
      <div className="ballot-mode">
        <label className="compact">
          <input type="checkbox" checked={privateMode} onChange={(e) => setPrivateMode(e.target.checked)} />
          {t('voting:privateMode')}
        </label>
        {privateMode && (
          <div className="private-nav" role="group" aria-label={t('voting:privateNav')}>
            <button type="button" disabled={index <= 0} onClick={() => setCurrent(index - 1)}>
              {t('voting:previousBallot')}
            </button>
            <label className="compact">
              {t('voting:ballotOf')}
              <select value={index} onChange={(e) => setCurrent(Number(e.target.value))}>
                {participants.map((p, i) => (
                  <option key={p.id} value={i}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" disabled={index >= participants.length - 1} onClick={() => setCurrent(index + 1)}>
              {t('voting:nextBallot')}
            </button>
          </div>
        )}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll" role="region" tabIndex={0} aria-label={t('voting:gridCaption', { round, dots: dotsPerParticipant, max: maxDotsPerRisk })}>
        <table className="data-table vote-grid">
          <caption>{t('voting:gridCaption', { round, dots: dotsPerParticipant, max: maxDotsPerRisk })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('voting:participant')}</th>
              {risks.map((r) => (
                <th scope="col" key={r.id} className="risk-column">
                  {r.title}
                </th>
              ))}
              <th scope="col">{t('voting:used')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('voting:actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const u = used(p.id);
              const state = u > dotsPerParticipant ? 'over' : u === dotsPerParticipant ? 'full' : '';
              return (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  {risks.map((r) => (
                    <td key={r.id}>
                      <input
                        type="number"
                        className="dots-input"
                        min={0}
                        max={maxDotsPerRisk}
                        value={dots.get(`${p.id}|${r.id}`) ?? 0}
                        aria-label={t('voting:dotsFor', { name: p.name, risk: r.title })}
                        onChange={(e) => void enter(p, r.id, e.target.value)}
                      />
                    </td>
                  ))}
                  <td className={`used ${state}`}>
                    {t('voting:usedOf', { used: u, total: dotsPerParticipant })}
                    {state === 'full' && <span className="used-mark">{t('voting:complete')}</span>}
                  </td>
                  <td>
                    <button type="button" className="quiet small" disabled={u === 0} aria-label={t('voting:clearBallotOf', { name: p.name })} onClick={() => void clear(p)}>
                      {t('voting:clear')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
