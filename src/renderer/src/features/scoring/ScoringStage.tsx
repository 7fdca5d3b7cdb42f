/**
 * Criteria scoring: choose the method (weighted criteria, Hanlon, importance × changeability),
 * edit the criteria and weights, then enter each rater's scores in a fast grid. Results (and the
 * live "what if" on weights) are on the Results stage, hidden until revealed.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { db } from '../../db/database';
import { useCriteria, useParticipants, usePartners, useRisks, useScores } from '../../hooks/entities';
import { clearRaterScores } from '../../domain/scores';
import { useAnnouncer } from '../../components/Announcer';
import { MethodSection } from './MethodSection';
import { CriteriaEditor } from './CriteriaEditor';
import { RaterPicker } from './RaterPicker';
import { ScoreGrid } from './ScoreGrid';
import './scoring.css';

export function ScoringStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation('scoring');
  const { announce } = useAnnouncer();
  const { data: risks } = useRisks(plan.id);
  const { data: criteria } = useCriteria(plan.id);
  const { data: scores } = useScores(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: partners } = usePartners(plan.id);
  const [chosen, setChosen] = useState<string | null>(null);

  const raters = useMemo(() => [...participants.map((p) => ({ id: p.id, name: p.name })), ...partners.map((p) => ({ id: p.id, name: p.name }))], [participants, partners]);
  const rater = raters.find((r) => r.id === chosen) ?? raters[0];
  const progress = useMemo(() => {
    const known = new Set(criteria.map((c) => c.id));
    const riskIds = new Set(risks.map((r) => r.id));
    const m = new Map<string, number>();
    for (const s of scores) if (known.has(s.criterionId) && riskIds.has(s.riskId)) m.set(s.raterId, (m.get(s.raterId) ?? 0) + 1);
    return m;
  }, [scores, criteria, risks]);
  const raterScores = useMemo(() => scores.filter((s) => s.raterId === rater?.id), [scores, rater]);
  const cells = risks.length * criteria.length;
  const index = rater ? raters.indexOf(rater) : -1;

  const clear = async () => {
    if (!rater) return;
    await clearRaterScores(db, plan.id, rater.id);
    announce(t('scoring:scoresCleared', { name: rater.name }));
  };

  return (
    <>
      <h1 id="stage-title">{t('scoring:title')}</h1>
      <p className="stage-intro">{t('scoring:intro')}</p>
      <MethodSection plan={plan} criteria={criteria} scoreCount={scores.length} />
      <CriteriaEditor plan={plan} criteria={criteria} />
      <section aria-labelledby="scores-heading" className="score-entry">
        <h2 id="scores-heading">{t('scoring:scoresHeading')}</h2>
        {risks.length === 0 || raters.length === 0 || criteria.length === 0 ? (
          <p className="empty">{t('scoring:needRisksRatersCriteria')}</p>
        ) : (
          rater && (
            <>
              <p className="hint">{t('scoring:missingHint')}</p>
              <RaterPicker participants={participants} partners={partners} raterId={rater.id} onChange={setChosen} progress={progress} cells={cells} />
              <ScoreGrid plan={plan} raterId={rater.id} raterName={rater.name} risks={risks} criteria={criteria} scores={raterScores} />
              <div className="score-actions">
                <button type="button" className="primary" disabled={index >= raters.length - 1} onClick={() => setChosen(raters[index + 1]?.id ?? null)}>
                  {t('scoring:nextRater')}
                </button>
                <button type="button" className="quiet" disabled={raterScores.length === 0} onClick={() => void clear()}>
                  {t('scoring:clearRater', { name: rater.name })}
                </button>
              </div>
            </>
          )
        )}
      </section>
    </>
  );
}
