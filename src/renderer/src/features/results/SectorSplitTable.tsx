/**
 * Results split by sector: one row per risk, one column per sector, the highest and lowest sector
 * marked with ▲ / ▼ and words (never colour alone) when one or two sectors stand out, the gap between them, and each sector's own
 * top risk underneath ("police put overdose first, education youth mental health").
 */
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';
import type { SectorSplit } from '@core/scoring';

interface SectorSplitTableProps {
  split: SectorSplit;
  risks: readonly Risk[];
  caption: string;
  format: (n: number) => string;
  /** Mark the highest and lowest sectors and show the gap (scores); dots show counts only. */
  marks: boolean;
}

export function SectorSplitTable({ split, risks, caption, format, marks }: SectorSplitTableProps) {
  const { t } = useTranslation(['results', 'catalogue']);
  const title = new Map(risks.map((r) => [r.id, r.title]));
  const sector = (id: string) => t(`catalogue:sector.${id}`, { defaultValue: id });
  if (split.sectors.length === 0) return null;
  return (
    <section className="sector-split">
      <h3>{caption}</h3>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
        <table className="data-table split-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:risk')}</th>
              {split.sectors.map((s) => (
                <th scope="col" key={s} className="num">
                  {sector(s)}
                </th>
              ))}
              {marks && <th scope="col" className="num">{t('results:gap')}</th>}
            </tr>
          </thead>
          <tbody>
            {split.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {split.sectors.map((s) => {
                  const v = row.values[s];
                  // Marks single out one or two sectors; a value shared by many sectors is no news.
                  const high = marks && row.gap !== null && row.gap > 0 && row.highest.length <= 2 && row.highest.includes(s);
                  const low = marks && row.gap !== null && row.gap > 0 && row.lowest.length <= 2 && row.lowest.includes(s);
                  return (
                    <td key={s} className={`num${high ? ' high' : ''}${low ? ' low' : ''}`}>
                      {v === undefined ? <span aria-label={t('results:noScore')}>–</span> : format(v)}
                      {high && (
                        <span className="mark" title={t('results:highestSector')}>
                          {' ▲'}
                          <span className="visually-hidden">{t('results:highestSector')}</span>
                        </span>
                      )}
                      {low && (
                        <span className="mark" title={t('results:lowestSector')}>
                          {' ▼'}
                          <span className="visually-hidden">{t('results:lowestSector')}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
                {marks && <td className="num">{row.gap === null ? '–' : format(row.gap)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="sector-tops" aria-label={t('results:sectorTops')}>
        {split.topBySector.map((top) => (
          <li key={top.sector}>
            <strong>{sector(top.sector)}</strong>
            {': '}
            {t('results:sectorTop', { risks: top.riskIds.map((id) => title.get(id) ?? id).join(t('results:and')), value: format(top.value) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
