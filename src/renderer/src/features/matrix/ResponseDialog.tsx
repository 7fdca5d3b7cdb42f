/**
 * Add or edit a response: title, description, type, status, lead and supporting partners,
 * timeline, resources. Editing can also move it to another priority or planning area (the
 * keyboard alternative to dragging) and delete it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLANNING_AREAS,
  RESPONSE_STATUSES,
  RESPONSE_TYPES,
  type Partner,
  type PlanResponse,
  type PlanningArea,
  type ResponseStatus,
  type ResponseType,
  type Risk,
} from '@core/model';
import { MAX_RESPONSE_TITLE } from '@core/matrix';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { db } from '../../db/database';
import { addResponse, deleteResponse, updateResponse } from '../../domain/responses';
import { PartnerOptions } from '../../components/CatalogueOptions';

export type ResponseDialogTarget = { mode: 'add'; risk: Risk; area: PlanningArea } | { mode: 'edit'; response: PlanResponse };

interface Props {
  planId: string;
  target: ResponseDialogTarget | null;
  /** All risks: priorities are offered as destinations, plus the response's own risk. */
  risks: Risk[];
  partners: Partner[];
  onClose: () => void;
}

export function ResponseDialog({ planId, target, risks, partners, onClose }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue', 'common']);
  const title =
    target?.mode === 'add'
      ? t('matrix:addResponseTitle', { risk: target.risk.title, area: t(`catalogue:area.${target.area}`) })
      : target
        ? t('matrix:editResponseTitle', { title: target.response.title })
        : '';
  return (
    <Dialog open={target !== null} title={title} onClose={onClose}>
      {target && (
        <ResponseForm
          // A new form (fresh state) for every target.
          key={target.mode === 'edit' ? target.response.id : `${target.risk.id}:${target.area}`}
          planId={planId}
          target={target}
          risks={risks}
          partners={partners}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function ResponseForm({ planId, target, risks, partners, onClose }: Props & { target: ResponseDialogTarget }) {
  const { t } = useTranslation(['matrix', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const initial = target.mode === 'edit' ? target.response : null;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [type, setType] = useState<ResponseType>(initial?.type ?? 'new');
  const [status, setStatus] = useState<ResponseStatus>(initial?.status ?? 'proposed');
  const [lead, setLead] = useState(initial?.leadPartnerId ?? '');
  const [supporting, setSupporting] = useState<string[]>(initial?.supportingPartnerIds ?? []);
  const [timeline, setTimeline] = useState(initial?.timeline ?? '');
  const [resources, setResources] = useState(initial?.resources ?? '');
  const [riskId, setRiskId] = useState(target.mode === 'edit' ? target.response.riskId : target.risk.id);
  const [area, setArea] = useState<PlanningArea>(target.mode === 'edit' ? target.response.area : target.area);
  const [problem, setProblem] = useState(false);
  const destinations = risks.filter((r) => r.isPriority || (target.mode === 'edit' && r.id === target.response.riskId));
  const riskTitle = (id: string) => risks.find((r) => r.id === id)?.title ?? '';

  const toggleSupporting = (id: string) => setSupporting((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setProblem(true);
      return;
    }
    const fields = {
      title,
      description: description.trim(),
      type,
      status,
      leadPartnerId: lead || null,
      // The lead is not also a supporting partner.
      supportingPartnerIds: supporting.filter((id) => id !== lead),
      timeline: timeline.trim(),
      resources: resources.trim(),
    };
    try {
      if (target.mode === 'add') {
        await addResponse(db, planId, { ...fields, riskId, area });
        announce(t('matrix:responseAdded', { title: title.trim() }));
      } else {
        const moved = riskId !== target.response.riskId || area !== target.response.area;
        await updateResponse(db, planId, target.response.id, { ...fields, riskId, area });
        announce(
          moved
            ? t('matrix:moved', { title: title.trim(), cell: t('matrix:cellName', { risk: riskTitle(riskId), area: t(`catalogue:area.${area}`) }) })
            : t('matrix:responseSaved', { title: title.trim() }),
        );
      }
      onClose();
    } catch {
      announce(t('matrix:changeFailed'), { tone: 'error' });
    }
  };

  const remove = async () => {
    if (target.mode !== 'edit') return;
    await deleteResponse(db, planId, target.response.id);
    onClose();
    announce(t('matrix:responseDeleted', { title: target.response.title }), {
      action: undoAction(planId),
    });
  };

  return (
    <form className="response-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="span-2">
        {t('matrix:responseTitle')}
        <input
          autoFocus
          value={title}
          maxLength={MAX_RESPONSE_TITLE}
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim()) setProblem(false);
          }}
          aria-invalid={problem}
          aria-describedby={problem ? 'response-title-problem' : undefined}
        />
      </label>
      {problem && (
        <p id="response-title-problem" className="field-problem span-2" role="alert">
          {t('matrix:titleRequired')}
        </p>
      )}
      <label className="span-2">
        {t('matrix:description')}
        <textarea rows={2} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
      </label>
      {target.mode === 'edit' && (
        <>
          <label>
            {t('matrix:priority')}
            <select value={riskId} onChange={(e) => setRiskId(e.target.value)}>
              {destinations.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('matrix:area')}
            <select value={area} onChange={(e) => setArea(e.target.value as PlanningArea)}>
              {PLANNING_AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(`catalogue:area.${a}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {t('matrix:type')}
        <select value={type} onChange={(e) => setType(e.target.value as ResponseType)}>
          {RESPONSE_TYPES.map((rt) => (
            <option key={rt} value={rt}>
              {t(`catalogue:responseType.${rt}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('matrix:status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as ResponseStatus)}>
          {RESPONSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`catalogue:responseStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('matrix:lead')}
        <select value={lead} onChange={(e) => setLead(e.target.value)}>
          <option value="">{t('matrix:noLead')}</option>
          <PartnerOptions partners={partners} />
        </select>
      </label>
      <label>
        {t('matrix:timeline')}
        <input value={timeline} maxLength={200} onChange={(e) => setTimeline(e.target.value)} />
      </label>
      <fieldset className="supporting span-2">
        <legend>{t('matrix:supporting')}</legend>
        {partners.length === 0 ? (
          <p className="empty">{t('matrix:noPartners')}</p>
        ) : (
          <div className="supporting-list">
            {partners
              .filter((p) => p.id !== lead)
              .map((p) => (
                <label key={p.id} className="compact">
                  <input type="checkbox" checked={supporting.includes(p.id)} onChange={() => toggleSupporting(p.id)} />
                  {p.name}
                </label>
              ))}
          </div>
        )}
      </fieldset>
      <label className="span-2">
        {t('matrix:resources')}
        <input value={resources} maxLength={1000} onChange={(e) => setResources(e.target.value)} />
      </label>
      <div className="dialog-actions span-2">
        {target.mode === 'edit' && (
          <button type="button" className="danger push-left" onClick={() => void remove()}>
            {t('matrix:deleteThisResponse')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary">
          {target.mode === 'add' ? t('matrix:addResponse') : t('matrix:saveResponse')}
        </button>
      </div>
    </form>
  );
}
