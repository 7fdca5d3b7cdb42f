/** Filter bar of the action plan: words, priority, planning area, status and lead partner. */
import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS, RESPONSE_STATUSES, type Partner, type Risk } from '@core/model';
import { PartnerOptions } from '../../components/CatalogueOptions';

/** Form values: '' means "any"; NO_LEAD means "no lead yet". */
export interface FilterValues {
  text: string;
  riskId: string;
  area: string;
  status: string;
  lead: string;
}

export const NO_LEAD = '__none__';
export const NO_FILTER: FilterValues = { text: '', riskId: '', area: '', status: '', lead: '' };

interface Props {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  risks: Risk[];
  partners: Partner[];
}

export function ActionPlanFilters({ values, onChange, risks, partners }: Props) {
  const { t } = useTranslation(['actions', 'catalogue']);
  const set = (key: keyof FilterValues) => (e: { target: { value: string } }) => onChange({ ...values, [key]: e.target.value });
  const active = Object.values(values).some(Boolean);
  return (
    <form className="inline-form action-filters" role="search" aria-label={t('actions:filters')} onSubmit={(e) => e.preventDefault()}>
      <label className="grow">
        {t('actions:search')}
        <input type="search" value={values.text} onChange={set('text')} />
      </label>
      <label>
        {t('actions:priority')}
        <select value={values.riskId} onChange={set('riskId')}>
          <option value="">{t('actions:any')}</option>
          {risks.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actions:area')}
        <select value={values.area} onChange={set('area')}>
          <option value="">{t('actions:any')}</option>
          {PLANNING_AREAS.map((a) => (
            <option key={a} value={a}>
              {t(`catalogue:area.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actions:status')}
        <select value={values.status} onChange={set('status')}>
          <option value="">{t('actions:any')}</option>
          {RESPONSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`catalogue:responseStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actions:lead')}
        <select value={values.lead} onChange={set('lead')}>
          <option value="">{t('actions:any')}</option>
          <option value={NO_LEAD}>{t('actions:noLead')}</option>
          <PartnerOptions partners={partners} />
        </select>
      </label>
      <button type="button" onClick={() => onChange(NO_FILTER)} disabled={!active}>
        {t('actions:clearFilters')}
      </button>
    </form>
  );
}
