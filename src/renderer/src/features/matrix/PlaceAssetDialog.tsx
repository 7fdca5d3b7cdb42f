/**
 * Keyboard way to turn an asset into a response: pick the priority (suggested from the risk the
 * asset was grouped under) and the planning area; the response is created in one step.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS, RESPONSE_TYPES, type Card, type PlanningArea, type ResponseType, type Risk } from '@core/model';
import { suggestedPriority } from '@core/matrix';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { db } from '../../db/database';
import { addResponseFromAsset } from '../../domain/responses';

interface Props {
  planId: string;
  card: Card | null;
  priorities: Risk[];
  onClose: () => void;
}

export function PlaceAssetDialog({ planId, card, priorities, onClose }: Props) {
  const { t } = useTranslation('matrix');
  return (
    <Dialog open={card !== null} title={t('placeAssetTitle')} onClose={onClose}>
      {card && <PlaceAssetForm key={card.id} planId={planId} card={card} priorities={priorities} onClose={onClose} />}
    </Dialog>
  );
}

function PlaceAssetForm({ planId, card, priorities, onClose }: Props & { card: Card }) {
  const { t } = useTranslation(['matrix', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [riskId, setRiskId] = useState(suggestedPriority(card, priorities) ?? priorities[0]?.id ?? '');
  const [area, setArea] = useState<PlanningArea | ''>('');
  const [type, setType] = useState<ResponseType>('existing');
  const [problem, setProblem] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!area) {
      setProblem(true);
      return;
    }
    const risk = priorities.find((r) => r.id === riskId);
    if (!risk) return;
    try {
      const response = await addResponseFromAsset(db, planId, card.id, { riskId, area }, { type });
      announce(t('matrix:assetPlaced', { title: response.title, cell: t('matrix:cellName', { risk: risk.title, area: t(`catalogue:area.${area}`) }) }));
      onClose();
    } catch {
      announce(t('matrix:changeFailed'), { tone: 'error' });
    }
  };

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <p className="asset-quote">{card.text}</p>
      <label>
        {t('matrix:priority')}
        <select value={riskId} onChange={(e) => setRiskId(e.target.value)} autoFocus>
          {priorities.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="area-choice" aria-describedby={problem ? 'place-area-problem' : undefined} aria-invalid={problem}>
        <legend>{t('matrix:area')}</legend>
        {PLANNING_AREAS.map((a) => (
          <label key={a} className="compact">
            <input
              type="radio"
              name="place-area"
              value={a}
              checked={area === a}
              onChange={() => {
                setArea(a);
                setProblem(false);
              }}
            />
            {t(`catalogue:area.${a}`)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p id="place-area-problem" className="field-problem" role="alert">
          {t('matrix:areaRequired')}
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
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary">
          {t('matrix:placeInMatrix')}
        </button>
      </div>
    </form>
  );
}
