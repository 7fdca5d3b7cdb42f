/**
 * A risk's catalogue categories: chips, a box to add one (autocomplete over categories, both
 * languages, or a new plan entry), and one-click suggestions from the tags of its cards.
 */
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';
import { db } from '../../db/database';
import { updateRisk } from '../../domain/risks';
import { TagInput } from '../capture/TagInput';
import type { CatalogueLabels } from '../capture/useCatalogueOptions';
import { useCreateCatalogueEntry } from '../capture/useCreateCatalogueEntry';

export function RiskCategories({ risk, catalogue, suggested }: { risk: Risk; catalogue: CatalogueLabels; suggested: string[] }) {
  const { t } = useTranslation('risks');
  const create = useCreateCatalogueEntry(risk.planId);
  const set = (categories: string[]) => void updateRisk(db, risk.planId, risk.id, { categories });
  const suggestions = suggested.filter((c) => !risk.categories.includes(c) && catalogue.isCategory(c)).slice(0, 4);
  return (
    <div className="risk-categories">
      <TagInput label={t('risks:categories')} value={risk.categories} onChange={set} catalogue={catalogue} onCreate={create} categoriesOnly />
      {suggestions.length > 0 && (
        <p className="category-suggestions">
          <span>{t('risks:suggested')}</span>
          {suggestions.map((c) => (
            <button key={c} type="button" className="small" aria-label={t('risks:addCategory', { category: catalogue.labelOf(c) })} onClick={() => set([...risk.categories, c])}>
              + {catalogue.labelOf(c)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
