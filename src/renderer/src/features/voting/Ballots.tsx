/**
 * Ballot entry for this round, in the shape the room's size allows. While participants × risks
 * fit on a screen (the sample workshop: 10 × 7), the grid shows every ballot at once; past
 * GRID_CELL_LIMIT fields (a regional plan: 400 × 300 = 120,000 fields, a minute to draw) one
 * ballot is on screen at a time, with a picker to move between ballots. Private voting uses the
 * same one-ballot view at any size, so a participant can vote at the laptop without seeing
 * anyone else's dots. Either way: how many ballots are in, and refused entries explained.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Partner, Plan, Risk, Vote } from '@core/model';
import { ballotEntry } from '@core/scoring';
import { BallotGrid, type BallotLimits } from './BallotGrid';
import { BallotPicker } from './BallotPicker';
import { SingleBallot } from './SingleBallot';
import { useDotEntry } from './useDotEntry';

/** Number fields the grid may hold before it gives way to one ballot at a time. */
export const GRID_CELL_LIMIT = 1500;

interface BallotsProps {
  plan: Plan;
  risks: readonly Risk[];
  participants: readonly Participant[];
  partners: readonly Partner[];
  votes: readonly Vote[];
}

export function Ballots({ plan, risks, participants, partners, votes }: BallotsProps) {
  const { t } = useTranslation('voting');
  const { round, dotsPerParticipant, maxDotsPerRisk } = plan.voting;
  const limits: BallotLimits = useMemo(() => ({ round, dotsPerParticipant, maxDotsPerRisk }), [round, dotsPerParticipant, maxDotsPerRisk]);
  const riskIds = useMemo(() => risks.map((r) => r.id), [risks]);
  const participantIds = useMemo(() => participants.map((p) => p.id), [participants]);
  const entry = useMemo(() => ballotEntry(votes, round, riskIds, participantIds), [votes, round, riskIds, participantIds]);
  const { problem, enter, clear } = useDotEntry(plan.id);

  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const organisationOf = useCallback((p: Participant) => (p.partnerId ? (partnerName.get(p.partnerId) ?? '') : ''), [partnerName]);

  const fits = participants.length * risks.length <= GRID_CELL_LIMIT;
  const [privateMode, setPrivateMode] = useState(false);
  const single = privateMode || !fits;
  // The ballot on screen, by id: it stays on the same person when the list changes.
  const [currentId, setCurrentId] = useState<string | null>(null);
  const index = Math.max(0, participants.findIndex((p) => p.id === currentId));
  const current = participants[index];
  const riskFilter = useRef<HTMLInputElement>(null);
  const choose = useCallback(
    (i: number, fromSearch = false) => {
      const p = participants[Math.min(Math.max(0, i), participants.length - 1)];
      if (p) setCurrentId(p.id);
      if (fromSearch) riskFilter.current?.focus();
    },
    [participants],
  );

  return (
    <section aria-labelledby="ballots-heading" className="ballots">
      <div className="section-header">
        <h2 id="ballots-heading">{t('voting:ballots', { round })}</h2>
        <p className="ballot-count">{t('voting:ballotsIn', { count: entry.ballotsIn, total: participants.length })}</p>
      </div>
      <div className="ballot-mode">
        {fits ? (
          <label className="compact">
            <input type="checkbox" checked={privateMode} onChange={(e) => setPrivateMode(e.target.checked)} />
            {t('voting:privateMode')}
          </label>
        ) : (
          <p className="hint">{t('voting:oneBallotAtATime', { participants: participants.length, risks: risks.length, fields: participants.length * risks.length })}</p>
        )}
      </div>
      {single && current && (
        <BallotPicker
          participants={participants}
          index={index}
          onChoose={choose}
          entry={entry}
          dotsPerParticipant={dotsPerParticipant}
          organisationOf={organisationOf}
        />
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {single && current ? (
        <SingleBallot participant={current} risks={risks} entry={entry} limits={limits} onEnter={enter} onClear={clear} riskFilterRef={riskFilter} />
      ) : (
        <BallotGrid risks={risks} participants={participants} entry={entry} limits={limits} onEnter={enter} onClear={clear} />
      )}
    </section>
  );
}
