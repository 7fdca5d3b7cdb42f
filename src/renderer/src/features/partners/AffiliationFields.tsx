/**
 * Who a person speaks for: an organisation, or (with none) a sector. The same two fields in the
 * add-participant form and the edit dialog.
 */
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import { PartnerOptions, SectorOptions } from '../../components/CatalogueOptions';

interface AffiliationFieldsProps {
  partners: readonly Partner[];
  partnerId: string;
  onPartnerId: (id: string) => void;
  sector: string;
  onSector: (sector: string) => void;
}

export function AffiliationFields({ partners, partnerId, onPartnerId, sector, onSector }: AffiliationFieldsProps) {
  const { t } = useTranslation('partners');
  return (
    <>
      <label>
        {t('partners:organisation')}
        <select value={partnerId} onChange={(e) => onPartnerId(e.target.value)}>
          <option value="">{t('partners:noOrganisation')}</option>
          <PartnerOptions partners={partners} />
        </select>
      </label>
      {!partnerId && (
        <label>
          {t('partners:speaksForSector')}
          <select value={sector} onChange={(e) => onSector(e.target.value)}>
            <option value="">{t('partners:noSector')}</option>
            <SectorOptions />
          </select>
        </label>
      )}
    </>
  );
}
