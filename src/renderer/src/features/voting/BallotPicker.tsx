/**
 * Choosing the ballot on screen among hundreds of participants: previous / next, a list of every
 * name (the native list also jumps to a name as it is typed), the next ballot not entered yet
 * (working through a stack of paper ballots), and a search by name or organisation.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@core/model';
import { findParticipants, nextBallotNotIn, type BallotEntry } from '@core/scoring';

/** Search results listed at once; more matches ask for more letters. */
const MATCHES_SHOWN = 8;

interface BallotPickerProps {
  participants: readonly Participant[];
  index: number;
  onChoose: (index: number, fromSearch?: boolean) => void;
  entry: BallotEntry;
  dotsPerParticipant: number;
  organisationOf: (participant: Participant) => string;
}

export function BallotPicker({ participants, index, onChoose, entry, dotsPerParticipant, organisationOf }: BallotPickerProps) {
  const { t } = useTranslation('voting');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const ids = useMemo(() => participants.map((p) => p.id), [participants]);
  const position = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const found = useMemo(() => findParticipants(participants, deferredQuery, organisationOf, MATCHES_SHOWN), [participants, deferredQuery, organisationOf]);
  const next = nextBallotNotIn(ids, entry, index);

  const choose = (i: number) => {
    setQuery('');
    onChoose(i, true);
  };

  return (
    <div className="ballot-picker">
      <div className="private-nav" role="group" aria-label={t('voting:privateNav')}>
        <button type="button" disabled={index <= 0} onClick={() => onChoose(index - 1)}>
          {t('voting:previousBallot')}
        </button>
        <label className="compact">
          {t('voting:ballotOf')}
          <NameSelect participants={participants} index={index} onChoose={onChoose} />
        </label>
        <button type="button" className="primary" disabled={index >= participants.length - 1} onClick={() => onChoose(index + 1)}>
          {t('voting:nextBallot')}
        </button>
        <button type="button" disabled={next < 0} onClick={() => onChoose(next)}>
          {t('voting:nextNotEntered')}
        </button>
        <span className="hint">{t('voting:ballotPosition', { position: index + 1, total: participants.length })}</span>
      </div>
      <div className="participant-search">
        <label>
          {t('voting:findParticipant')}
          <input type="search" value={query} placeholder={t('voting:findParticipantPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {deferredQuery.trim() !== '' &&
          (found.total === 0 ? (
            <p className="hint">{t('voting:noParticipantMatch', { query: deferredQuery.trim() })}</p>
          ) : (
            <>
              <ul className="participant-matches" aria-label={t('voting:matchingParticipants')}>
                {found.matches.map((p) => {
                  const organisation = organisationOf(p);
                  return (
                    <li key={p.id}>
                      <button type="button" className="match" onClick={() => choose(position.get(p.id) ?? 0)}>
                        <span className="match-name">{p.name}</span>
                        {organisation && <span className="match-org">{organisation}</span>}
                        <span className="match-used">{t('voting:usedOf', { used: entry.usedBy(p.id), total: dotsPerParticipant })}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {found.total > found.matches.length && (
                <p className="hint">{t('voting:moreMatches', { count: found.total - found.matches.length })}</p>
              )}
            </>
          ))}
      </div>
    </div>
  );
}

/** Hundreds of options: drawn again only when the list or the choice changes, not after every vote. */
const NameSelect = memo(function NameSelect({ participants, index, onChoose }: { participants: readonly Participant[]; index: number; onChoose: (index: number) => void }) {
  return (
    <select value={index} onChange={(e) => onChoose(Number(e.target.value))}>
      {participants.map((p, i) => (
        <option key={p.id} value={i}>
          {p.name}
        </option>
      ))}
    </select>
  );
});
