/** What to do with the selected cards: move them to a risk, back to "not grouped", or clear the selection. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';

interface Props {
  count: number;
  risks: Risk[];
  onMove: (riskId: string | null) => void;
  onClear: () => void;
}

export function SelectionBar({ count, risks, onMove, onClear }: Props) {
  const { t } = useTranslation('risks');
  const [target, setTarget] = useState('');
  return (
    <div className="selection-bar" role="region" aria-label={t('risks:selection')}>
      <strong aria-live="polite">{t('risks:selected', { count })}</strong>
      <label className="compact">
        {t('risks:moveTo')}
        <select value={target} onChange={(e) => setTarget(e.target.value)} disabled={count === 0}>
          <option value="">{t('risks:chooseRisk')}</option>
          {risks.map((r, i) => (
            <option key={r.id} value={r.id}>
              {i < 9 ? `${i + 1}. ` : ''}
              {r.title}
            </option>
          ))}
          <option value="__none__">{t('risks:notGrouped')}</option>
        </select>
      </label>
      <button type="button" disabled={count === 0 || !target} onClick={() => onMove(target === '__none__' ? null : target)}>
        {t('risks:move')}
      </button>
      <button type="button" className="quiet" disabled={count === 0} onClick={onClear}>
        {t('risks:clearSelection')}
      </button>
      <p id="grouping-keys" className="hint grouping-keys">
        {t('risks:keysHint')}
      </p>
    </div>
  );
}
