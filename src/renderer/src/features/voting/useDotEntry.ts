/**
 * Writing dots from the ballot screens: a refused entry (over the allowance, over the maximum on
 * one risk) names the problem and writes nothing. The callbacks keep their identity between
 * renders, so memoised ballot rows are not redrawn after every vote.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { BallotError, clearBallot, setDots } from '../../domain/votes';
import { useAnnouncer } from '../../components/Announcer';

export interface DotEntry {
  /** The message of the last refused entry, or null. */
  problem: string | null;
  /** Resolves true when the dots were written, false when the entry was refused. */
  enter: (participantId: string, name: string, riskId: string, value: string) => Promise<boolean>;
  clear: (participantId: string, name: string) => Promise<void>;
}

export function useDotEntry(planId: string): DotEntry {
  const { t } = useTranslation('voting');
  const { announce } = useAnnouncer();
  const [problem, setProblem] = useState<string | null>(null);

  const enter = useCallback(
    async (participantId: string, name: string, riskId: string, value: string) => {
      const n = value === '' ? 0 : Number(value);
      try {
        await setDots(db, planId, participantId, riskId, n);
        setProblem(null);
        return true;
      } catch (e) {
        if (!(e instanceof BallotError)) throw e;
        setProblem(t(`voting:problem.${e.reason}`, { name, limit: e.limit }));
        return false;
      }
    },
    [planId, t],
  );

  const clear = useCallback(
    async (participantId: string, name: string) => {
      await clearBallot(db, planId, participantId);
      announce(t('voting:ballotCleared', { name }));
    },
    [planId, t, announce],
  );

  return { problem, enter, clear };
}
