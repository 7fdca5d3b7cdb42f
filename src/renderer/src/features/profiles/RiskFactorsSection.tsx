/** Risk factors of a priority from the risk catalogue: its categories, the factors tagged on its cards, and a category picker. */
import { useTranslation } from 'react-i18next';
import { RISK_CATEGORIES } from '@core/catalogue';
import type { CatalogueEntry, Risk } from '@core/model';
import { db } from '../../db/database';
import { updateProfile } from '../../domain/profiles';

interface Props {
  planId: string;
  risk: Risk;
  riskFactorIds: string[];
  entries: CatalogueEntry[];
  labelOf: (id: string) => string;
}

export function RiskFactorsSection({ planId, risk, riskFactorIds, entries, labelOf }: Props) {
  const { t } = useTranslation('profiles');
  const choices = [...RISK_CATEGORIES.map((c) => c.id), ...entries.filter((e) => e.parentCategory === null).map((e) => e.id)].sort((a, b) =>
    labelOf(a).localeCompare(labelOf(b)),
  );
  const toggle = (id: string) => {
    const categories = risk.categories.includes(id) ? risk.categories.filter((c) => c !== id) : [...risk.categories, id];
    void updateProfile(db, planId, risk.id, { categories });
  };
  return (
    <section className="profile-section" aria-labelledby={`factors-${risk.id}`}>
      <h3 id={`factors-${risk.id}`}>{t('riskFactors')}</h3>
      {riskFactorIds.length === 0 ? (
        <p className="empty">{t('noRiskFactors')}</p>
      ) : (
        <ul className="factor-list" aria-label={t('riskFactorsList', { risk: risk.title })}>
          {riskFactorIds.map((id) => (
            <li key={id} className="factor">
              {labelOf(id)}
            </li>
          ))}
        </ul>
      )}
      <details className="category-picker">
        <summary>{t('changeCategories')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('categoriesOf', { risk: risk.title })}</legend>
          <div className="category-grid">
            {choices.map((id) => (
              <label key={id} className="compact">
                <input type="checkbox" checked={risk.categories.includes(id)} onChange={() => toggle(id)} />
                {labelOf(id)}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </section>
  );
}
