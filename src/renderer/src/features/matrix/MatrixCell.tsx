/** A drop target cell of the matrix (one priority, one planning area). Empty cells are gaps. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { PlanResponse, PlanningArea, Risk } from '@core/model';
import type { CellTargetData } from './drag-data';
import { ResponseItem } from './ResponseItem';

interface Props {
  risk: Risk;
  area: PlanningArea;
  responses: PlanResponse[];
  /** In the gaps-only view, filled cells only say how many responses they hold. */
  collapsed: boolean;
  partnerName: ReadonlyMap<string, string>;
  onAdd: () => void;
  onEdit: (response: PlanResponse) => void;
}

export function MatrixCell({ risk, area, responses, collapsed, partnerName, onAdd, onEdit }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const label = t('matrix:cellName', { risk: risk.title, area: t(`catalogue:area.${area}`) });
  const data: CellTargetData = { riskId: risk.id, area, label };
  const { setNodeRef, isOver } = useDroppable({ id: `cell:${risk.id}:${area}`, data });
  const gap = responses.length === 0;
  const classes = [gap ? 'gap' : '', isOver ? 'drop-over' : '', collapsed && !gap ? 'collapsed' : ''].filter(Boolean).join(' ');
  return (
    <td ref={setNodeRef} className={classes || undefined} aria-label={label}>
      {gap && <span className="gap-label">{t('matrix:gap')}</span>}
      {collapsed && !gap ? (
        <p className="cell-count">{t('matrix:responseCount', { count: responses.length })}</p>
      ) : (
        <ul className="responses">
          {responses.map((r) => (
            <ResponseItem key={r.id} response={r} leadName={r.leadPartnerId ? partnerName.get(r.leadPartnerId) : undefined} onEdit={() => onEdit(r)} />
          ))}
        </ul>
      )}
      <button type="button" className="quiet small add-response" aria-label={t('matrix:addResponseTo', { cell: label })} onClick={onAdd}>
        <span aria-hidden="true">+</span> {t('matrix:add')}
      </button>
    </td>
  );
}
