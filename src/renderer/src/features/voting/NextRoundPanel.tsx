/**
 * "Several rounds, dropping the lowest": once this round's results are revealed, the facilitator
 * can open the next round on the better half of the risks (ties at the cut stay in). The dialog
 * names what is kept and dropped before anything changes; undo reopens the previous round.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, Risk, Vote } from '@core/model';
import { nextRoundBlock, nextRoundCut } from '@core/scoring';
import { db } from '../../db/database';
import { RoundError, startNextRound } from '../../domain/votes';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';

export function NextRoundPanel({ plan, risks, votes }: { plan: Plan; risks: readonly Risk[]; votes: readonly Vote[] }) {
  const { t } = useTranslation(['voting', 'common']);
  const { announce } = useAnnouncer();
  const [open, setOpen] = useState(false);
  const { round, revealed } = plan.voting;
  const cut = useMemo(() => nextRoundCut(risks, votes, round), [risks, votes, round]);
  const block = nextRoundBlock(cut);
  const title = new Map(risks.map((r) => [r.id, r.title]));
  const list = (ids: readonly string[]) =>
    ids.map((id) => (
      <li key={id}>
        {title.get(id)} <span className="dots-note">{t('voting:dotsCount', { count: cut.dots[id] ?? 0 })}</span>
      </li>
    ));

  const start = async () => {
    try {
      await startNextRound(db, plan.id);
      setOpen(false);
      announce(t('voting:roundStarted', { round: round + 1, count: cut.kept.length }));
    } catch (e) {
      if (!(e instanceof RoundError)) throw e;
      setOpen(false);
      announce(t(`voting:roundBlock.${e.reason}`), { tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="next-round-heading" className="next-round">
      <h2 id="next-round-heading">{t('voting:nextRoundTitle')}</h2>
      <p className="hint">{t('voting:nextRoundRule')}</p>
      {!revealed ? (
        <p className="hint">{t('voting:revealBeforeNextRound')}</p>
      ) : block ? (
        <p className="hint">{t(`voting:roundBlock.${block}`)}</p>
      ) : null}
      <button type="button" disabled={!revealed || block !== null} onClick={() => setOpen(true)}>
        {t('voting:startRound', { round: round + 1 })}
      </button>
      <Dialog
        title={t('voting:confirmRoundTitle', { round: round + 1 })}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" onClick={() => setOpen(false)}>
              {t('common:cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void start()}>
              {t('voting:startRound', { round: round + 1 })}
            </button>
          </>
        }
      >
        <div className="round-cut">
          <div>
            <h3>{t('voting:kept', { count: cut.kept.length })}</h3>
            <ul aria-label={t('voting:keptList')}>{list(cut.kept)}</ul>
          </div>
          <div>
            <h3>{t('voting:dropped', { count: cut.dropped.length })}</h3>
            <ul aria-label={t('voting:droppedList')}>{list(cut.dropped)}</ul>
          </div>
        </div>
        <p className="hint">{t('voting:roundUndoHint')}</p>
      </Dialog>
    </section>
  );
}
