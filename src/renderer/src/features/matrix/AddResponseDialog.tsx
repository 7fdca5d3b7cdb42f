import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_TYPES, type Partner, type PlanningArea, type ResponseType, type Risk } from '@core/model';
import { Dialog } from '../../components/Dialog';
import { db } from '../../db/database';
import { addResponse } from '../../domain/responses';
import { useAnnouncer } from '../../components/Announcer';

interface Props {
  planId: string;
  target: { risk: Risk; area: PlanningArea } | null;
  partners: Partner[];
  onClose: () => void;
}

export function AddResponseDialog({ planId, target, partners, onClose }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ResponseType>('new');
  const [lead, setLead] = useState('');
  const [problem, setProblem] = useState(false);

  const close = () => {
    setTitle('');
    setType('new');
    setLead('');
    setProblem(false);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    if (!title.trim()) {
      setProblem(true);
      return;
    }
    await addResponse(db, planId, { riskId: target.risk.id, area: target.area, title, type, leadPartnerId: lead || null });
    announce(t('matrix:responseAdded', { title: title.trim() }));
    close();
  };

  return (
    <Dialog
      open={target !== null}
      title={target ? t('matrix:addResponseTitle', { risk: target.risk.title, area: t(`catalogue:area.${target.area}`) }) : ''}
      onClose={close}
    >
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <label>
          {t('matrix:responseTitle')}
          <input
            autoFocus
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={problem}
            aria-describedby={problem ? 'response-title-problem' : undefined}
          />
        </label>
        {problem && (
          <p id="response-title-problem" className="field-problem">
            {t('matrix:titleRequired')}
          </p>
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
          {t('matrix:lead')}
          <select value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">{t('matrix:noLead')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary">
            {t('matrix:addResponse')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
