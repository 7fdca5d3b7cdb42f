/**
 * The <option> lists every organisation and sector picker shares (the "none" option stays with
 * each caller, since what "none" means differs: no organisation, no lead, all organisations).
 */
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import { SECTOR_IDS } from '@core/catalogue';

export function PartnerOptions({ partners }: { partners: readonly Partner[] }) {
  return (
    <>
      {partners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}

export function SectorOptions({ sectors = SECTOR_IDS }: { sectors?: readonly string[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      {sectors.map((s) => (
        <option key={s} value={s}>
          {t(`catalogue:sector.${s}`)}
        </option>
      ))}
    </>
  );
}
