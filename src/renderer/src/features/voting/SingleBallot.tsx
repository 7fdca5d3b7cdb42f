/**
 * One participant's ballot: the risks of this round as rows, each with its number field, the
 * dots used so far, and a filter to find a risk among hundreds. What the facilitator uses when
 * the room is too large for the grid, and what private voting shows (nobody else's dots are in
 * the page). Rows are memoised: a vote redraws the row that changed, not the 300 others.
 */
import { memo, useDeferredValue, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Participant, Risk } from '@core/model';
import type { BallotEntry } from '@core/scoring';
import { matchesAllWordPrefixes } from '@core/search';
import type { BallotLimits } from './BallotGrid';
import type { DotEntry } from './useDotEntry';
import { DotsInput } from './DotsInput';

interface SingleBallotProps {
  participant: Participant;
  risks: readonly Risk[];
  entry: BallotEntry;
  limits: BallotLimits;
  onEnter: DotEntry['enter'];
  onClear: DotEntry['clear'];
  /** The "Find a risk" field, focused after a participant is chosen by search. */
  riskFilterRef?: Ref<HTMLInputElement>;
}

export function SingleBallot({ participant, risks, entry, limits, onEnter, onClear, riskFilterRef }: SingleBallotProps) {
  const { t } = useTranslation('voting');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => (deferredQuery.trim() ? risks.filter((r) => matchesAllWordPrefixes(r.title, deferredQuery)) : risks), [risks, deferredQuery]);
  const { round, dotsPerParticipant, maxDotsPerRisk } = limits;
  const used = entry.usedBy(participant.id);
  const state = used > dotsPerParticipant ? 'over' : used === dotsPerParticipant ? 'full' : '';

  return (
    <div className="single-ballot">
      <div className="ballot-status">
        <p className={`used ${state}`} role="status">
          {t('voting:ballotUsed', { name: participant.name, used, total: dotsPerParticipant })}
          {state === 'full' && <span className="used-mark">{t('voting:complete')}</span>}
        </p>
        <button type="button" className="small" disabled={used === 0} aria-label={t('voting:clearBallotOf', { name: participant.name })} onClick={() => void onClear(participant.id, participant.name)}>
          {t('voting:clear')}
        </button>
      </div>
      <div className="ballot-filter">
        <label>
          {t('voting:findRisk')}
          <input ref={riskFilterRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {deferredQuery.trim() && <p className="hint">{t('voting:risksShown', { count: shown.length, total: risks.length })}</p>}
      </div>
      <table className="data-table ballot-table">
        <caption>{t('voting:ballotCaption', { name: participant.name, round, dots: dotsPerParticipant, max: maxDotsPerRisk })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voting:risk')}</th>
            <th scope="col" className="num">
              {t('voting:dots')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <BallotRiskRow
              key={r.id}
              participantId={participant.id}
              name={participant.name}
              riskId={r.id}
              title={r.title}
              value={entry.dotsOf(participant.id, r.id)}
              max={maxDotsPerRisk}
              onEnter={onEnter}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface BallotRiskRowProps {
  participantId: string;
  name: string;
  riskId: string;
  title: string;
  value: number;
  max: number;
  onEnter: DotEntry['enter'];
  /** Passed down rather than asked for per row: 300 rows, one translation hook. */
  t: TFunction<'voting'>;
}

const BallotRiskRow = memo(function BallotRiskRow({ participantId, name, riskId, title, value, max, onEnter, t }: BallotRiskRowProps) {
  return (
    <tr className={value > 0 ? 'has-dots' : undefined}>
      <th scope="row">{title}</th>
      <td className="num">
        <DotsInput max={max} value={value} label={t('voting:dotsFor', { name, risk: title })} onEnter={(typed) => onEnter(participantId, name, riskId, typed)} />
      </td>
    </tr>
  );
});
