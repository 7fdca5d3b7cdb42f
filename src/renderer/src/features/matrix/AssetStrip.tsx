/**
 * Assets captured during input that are not in the matrix yet. Each can be dragged onto a cell
 * or placed with a dialog (keyboard); either way it becomes an "existing" response in one step.
 * A regional plan can have hundreds: then the strip starts folded (its heading gives the count)
 * and, unfolded, shows a few at a time like the Capture stage pages its cards, so the matrix stays
 * near the top of the screen.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import type { Card } from '@core/model';
import { useFormat } from '../../hooks/useFormat';
import type { DragSource } from './drag-data';
import type { MatrixLabels } from './matrix-labels';

/** Asset chips shown at first, and added by each "Show more". */
export const ASSET_PAGE_SIZE = 6;

interface Props {
  assets: Card[];
  /** How many asset cards the plan has in all (placed or not). */
  totalAssets: number;
  partnerName: ReadonlyMap<string, string>;
  labels: MatrixLabels;
  onPlace: (card: Card) => void;
}

export function AssetStrip({ assets, totalAssets, partnerName, labels, onPlace }: Props) {
  const { t } = useTranslation('matrix');
  const { number } = useFormat();
  const [limit, setLimit] = useState(ASSET_PAGE_SIZE);
  // Folded at first when there are more than a page of assets; the strip is read when the data is.
  const [open, setOpen] = useState(assets.length <= ASSET_PAGE_SIZE);
  if (totalAssets === 0) return null;
  const shown = assets.slice(0, limit);
  const rest = assets.length - shown.length;
  return (
    <section className="asset-strip" aria-labelledby="assets-heading">
      <div className="asset-strip-head">
        <h2 id="assets-heading">{t('assetsHeading', { count: assets.length, locale: labels.locale })}</h2>
        {assets.length > 0 && (
          <button type="button" className="small" onClick={() => setOpen((o) => !o)}>
            {t(open ? 'hideAssets' : 'showAssets')}
          </button>
        )}
      </div>
      {assets.length === 0 ? (
        <p className="hint">{t('allAssetsPlaced', { count: totalAssets, locale: labels.locale })}</p>
      ) : !open ? null : (
        <>
          <p className="hint">{t('assetsHint')}</p>
          <ul className="asset-list" aria-label={t('assetList')}>
            {shown.map((card) => (
              <AssetChip key={card.id} card={card} from={card.partnerId ? partnerName.get(card.partnerId) : undefined} labels={labels} onPlace={onPlace} />
            ))}
          </ul>
          {(rest > 0 || limit > ASSET_PAGE_SIZE) && (
            <div className="show-more">
              <span>{t('assetsShowing', { shown: number(shown.length), total: number(assets.length) })}</span>
              {rest > 0 && (
                <button type="button" onClick={() => setLimit((l) => l + ASSET_PAGE_SIZE)}>
                  {t('showMoreAssets', { count: Math.min(ASSET_PAGE_SIZE, rest), locale: labels.locale })}
                </button>
              )}
              {limit > ASSET_PAGE_SIZE && (
                <button type="button" className="quiet" onClick={() => setLimit(ASSET_PAGE_SIZE)}>
                  {t('showFewerAssets')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

const AssetChip = memo(function AssetChip({ card, from, labels, onPlace }: { card: Card; from: string | undefined; labels: MatrixLabels; onPlace: (card: Card) => void }) {
  const source: DragSource = { kind: 'asset', card };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `asset:${card.id}`,
    data: source,
    attributes: { roleDescription: labels.draggable },
  });
  return (
    <li ref={setNodeRef} className={`card kind-asset asset-chip${isDragging ? ' is-dragging' : ''}`}>
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={labels.dragAsset(card.text)}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="card-text">
        {card.text}
        {from && <span className="card-from"> — {from}</span>}
      </span>
      <button type="button" className="small" onClick={() => onPlace(card)} aria-label={labels.placeAsset(card.text)}>
        {labels.place}
      </button>
    </li>
  );
});
