/**
 * Assets captured during input that are not in the matrix yet. Each can be dragged onto a cell
 * or placed with a dialog (keyboard); either way it becomes an "existing" response in one step.
 */
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Card } from '@core/model';
import type { DragSource } from './drag-data';

interface Props {
  assets: Card[];
  /** How many asset cards the plan has in all (placed or not). */
  totalAssets: number;
  partnerName: ReadonlyMap<string, string>;
  onPlace: (card: Card) => void;
}

export function AssetStrip({ assets, totalAssets, partnerName, onPlace }: Props) {
  const { t } = useTranslation('matrix');
  if (totalAssets === 0) return null;
  return (
    <section className="asset-strip" aria-labelledby="assets-heading">
      <h2 id="assets-heading">{t('assetsHeading', { count: assets.length })}</h2>
      {assets.length === 0 ? (
        <p className="hint">{t('allAssetsPlaced', { count: totalAssets })}</p>
      ) : (
        <>
          <p className="hint">{t('assetsHint')}</p>
          <ul className="asset-list" aria-label={t('assetList')}>
            {assets.map((card) => (
              <AssetChip key={card.id} card={card} from={card.partnerId ? partnerName.get(card.partnerId) : undefined} onPlace={() => onPlace(card)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AssetChip({ card, from, onPlace }: { card: Card; from: string | undefined; onPlace: () => void }) {
  const { t } = useTranslation('matrix');
  const source: DragSource = { kind: 'asset', card };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `asset:${card.id}`,
    data: source,
    attributes: { roleDescription: t('draggable') },
  });
  return (
    <li ref={setNodeRef} className={`card kind-asset asset-chip${isDragging ? ' is-dragging' : ''}`}>
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('dragAsset', { text: card.text })}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="card-text">
        {card.text}
        {from && <span className="card-from"> — {from}</span>}
      </span>
      <button type="button" className="small" onClick={onPlace} aria-label={t('placeAsset', { text: card.text })}>
        {t('place')}
      </button>
    </li>
  );
}
