/**
 * Ballot entry for a room that fits on one screen: one row per participant, one column per risk
 * on this round's ballot. The facilitator types each person's dots (from sticky dots or paper).
 * No totals per risk appear here: results stay hidden until they are revealed on the Results
 * stage. Larger plans get one ballot at a time instead (SingleBallot).
 */
import { useTranslation } from 'react-i18next';
import type { Participant, Risk } from '@core/model';
import type { BallotEntry } from '@core/scoring';
import type { DotEntry } from './useDotEntry';
import { DotsInput } from './DotsInput';

export interface BallotLimits {
  round: number;
  dotsPerParticipant: number;
  maxDotsPerRisk: number;
}

interface BallotGridProps {
  risks: readonly Risk[];
  participants: readonly Participant[];
  entry: BallotEntry;
  limits: BallotLimits;
  onEnter: DotEntry['enter'];
  onClear: DotEntry['clear'];
}

export function BallotGrid({ risks, participants, entry, limits, onEnter, onClear }: BallotGridProps) {
  const { t } = useTranslation('voting');
  const { round, dotsPerParticipant, maxDotsPerRisk } = limits;
  const caption = t('voting:gridCaption', { round, dots: dotsPerParticipant, max: maxDotsPerRisk });
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table className="data-table vote-grid">
        <caption>{caption}</caption>
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
          {participants.map((p) => {
            const u = entry.usedBy(p.id);
            const state = u > dotsPerParticipant ? 'over' : u === dotsPerParticipant ? 'full' : '';
            return (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {risks.map((r) => (
                  <td key={r.id}>
                    <DotsInput
                      max={maxDotsPerRisk}
                      value={entry.dotsOf(p.id, r.id)}
                      label={t('voting:dotsFor', { name: p.name, risk: r.title })}
                      onEnter={(value) => onEnter(p.id, p.name, r.id, value)}
                    />
                  </td>
                ))}
                <td className={`used ${state}`}>
                  {t('voting:usedOf', { used: u, total: dotsPerParticipant })}
                  {state === 'full' && <span className="used-mark">{t('voting:complete')}</span>}
                </td>
                <td>
                  <button type="button" className="quiet small" disabled={u === 0} aria-label={t('voting:clearBallotOf', { name: p.name })} onClick={() => void onClear(p.id, p.name)}>
                    {t('voting:clear')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
