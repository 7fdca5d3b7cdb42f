/**
 * Stage 4: dot votes. The facilitator enters each participant's dots (or participants do, later,
 * from their phones). Allowance and maximum per risk are enforced as dots are entered.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { db } from '../../db/database';
import { useParticipants, useRisks, useVotes } from '../../hooks/entities';
import { BallotError, setDots } from '../../domain/votes';
import { updatePlan } from '../../domain/plans';

export function VotingStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['voting', 'common']);
  const { data: risks } = useRisks(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: votes } = useVotes(plan.id);
  const [problem, setProblem] = useState<string | null>(null);
  const { round, dotsPerParticipant, maxDotsPerRisk } = plan.voting;

  const dots = useMemo(() => {
    const m = new Map<string, number>();
    for (const v of votes) if (v.round === round) m.set(`${v.participantId}|${v.riskId}`, v.dots);
    return m;
  }, [votes, round]);
  const used = (participantId: string) => risks.reduce((sum, r) => sum + (dots.get(`${participantId}|${r.id}`) ?? 0), 0);

  const enter = async (participantId: string, riskId: string, value: string, who: string) => {
    const n = value === '' ? 0 : Number(value);
    try {
      await setDots(db, plan.id, participantId, riskId, n);
      setProblem(null);
    } catch (e) {
      if (!(e instanceof BallotError)) throw e;
      setProblem(t(`voting:problem.${e.reason}`, { name: who, limit: e.limit }));
    }
  };

  const setting = (key: 'dotsPerParticipant' | 'maxDotsPerRisk', value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 50) return;
    void updatePlan(db, plan.id, { voting: { ...plan.voting, [key]: n } });
  };

  return (
    <>
      <h1 id="stage-title">{t('voting:title')}</h1>
      <p className="stage-intro">{t('voting:intro')}</p>
      <div className="inline-form" role="group" aria-label={t('voting:rules')}>
        <label>
          {t('voting:dotsPerParticipant')}
          <input type="number" min={1} max={50} value={dotsPerParticipant} onChange={(e) => setting('dotsPerParticipant', e.target.value)} />
        </label>
        <label>
          {t('voting:maxDotsPerRisk')}
          <input type="number" min={1} max={50} value={maxDotsPerRisk} onChange={(e) => setting('maxDotsPerRisk', e.target.value)} />
        </label>
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {risks.length === 0 || participants.length === 0 ? (
        <p className="empty">{t('voting:needRisksAndParticipants')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table vote-grid">
            <caption>{t('voting:gridCaption', { round })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('voting:participant')}</th>
                {risks.map((r) => (
                  <th scope="col" key={r.id}>
                    {r.title}
                  </th>
                ))}
                <th scope="col">{t('voting:used')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => {
                const u = used(p.id);
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
                          onChange={(e) => void enter(p.id, r.id, e.target.value, p.name)}
                        />
                      </td>
                    ))}
                    <td className={u > dotsPerParticipant ? 'over' : u === dotsPerParticipant ? 'full' : ''}>
                      {t('voting:usedOf', { used: u, total: dotsPerParticipant })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
