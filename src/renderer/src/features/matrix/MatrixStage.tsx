/**
 * Stage 7: the risk-to-response matrix. Rows are priority risks, columns the four planning areas;
 * each cell lists responses with their lead partner and empty cells are gaps. Two more views:
 * the balance across planning areas, and which sectors lead and support each priority.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { buildMatrix } from '@core/matrix';
import { useCards, usePartners, useResponses, useRisks } from '../../hooks/entities';
import { Tabs } from './Tabs';
import { MatrixBoard } from './MatrixBoard';
import { BalancePanel } from './BalancePanel';
import { SectorRolesPanel } from './SectorRolesPanel';
import { useMatrixLabels } from './matrix-labels';
import './matrix.css';

type MatrixView = 'grid' | 'balance' | 'sectors';

export function MatrixStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['matrix']);
  const labels = useMatrixLabels();
  const { data: risks, isLoading: risksLoading } = useRisks(plan.id);
  const { data: responses, isLoading: responsesLoading } = useResponses(plan.id);
  const { data: partners, isLoading: partnersLoading } = usePartners(plan.id);
  const { data: cards, isLoading: cardsLoading } = useCards(plan.id);
  const [view, setView] = useState<MatrixView>('grid');
  const matrix = useMemo(() => buildMatrix(risks, responses), [risks, responses]);
  // Draw once everything is read: before, every cell would say "Gap", every lead "No lead yet",
  // and the assets strip would push the grid down when the cards arrive.
  const isLoading = risksLoading || responsesLoading || partnersLoading || cardsLoading;

  const tabs = [
    { id: 'grid' as const, label: t('matrix:viewGrid') },
    { id: 'balance' as const, label: t('matrix:viewBalance') },
    { id: 'sectors' as const, label: t('matrix:viewSectors') },
  ];

  return (
    <>
      <h1 id="stage-title">{t('matrix:title')}</h1>
      <p className="stage-intro">{t('matrix:intro')}</p>
      {isLoading ? null : matrix.rows.length === 0 ? (
        <p className="empty">{t('matrix:noPriorities')}</p>
      ) : (
        <Tabs label={t('matrix:views')} idPrefix="matrix" tabs={tabs} selected={view} onSelect={setView}>
          {view === 'grid' && <MatrixBoard plan={plan} matrix={matrix} risks={risks} responses={responses} cards={cards} partners={partners} labels={labels} />}
          {view === 'balance' && <BalancePanel matrix={matrix} />}
          {view === 'sectors' && <SectorRolesPanel risks={risks} responses={responses} partners={partners} />}
        </Tabs>
      )}
    </>
  );
}
