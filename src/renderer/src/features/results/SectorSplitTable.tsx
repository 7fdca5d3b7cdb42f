/**
 * Results split by sector: one row per risk, one column per sector, the highest and lowest sector
 * marked with ▲ / ▼ and words (never colour alone) when one or two sectors stand out, the gap between them, and each sector's own
 * top risk underneath ("police put overdose first, education youth mental health").
 * Rows keep their identity while unchanged and are memoised: 300 risks × a dozen sectors are
 * thousands of cells, and a vote changes one row.
 */
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Risk } from '@core/model';
import type { SectorSplit, SectorSplitRow, SectorTop } from '@core/scoring';
import { rowId, itself, useStableRows } from '../charts/useStableRows';

const topSector = (top: SectorTop) => top.sector;

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
  const rows = useStableRows(split.rows, rowId);
  const sectors = useStableRows(split.sectors, itself);
  const tops = useStableRows(split.topBySector, topSector);
  const sector = useCallback((id: string) => t(`catalogue:sector.${id}`, { defaultValue: id }), [t]);
  // Header and sector tops translated only when they change, not after every vote.
  const headers = useMemo(
    () =>
      sectors.map((s) => (
        <th scope="col" key={s} className="num">
          {sector(s)}
        </th>
      )),
    [sectors, sector],
  );
  const topItems = useMemo(() => {
    const title = new Map(risks.map((r) => [r.id, r.title]));
    return tops.map((top) => (
      <li key={top.sector}>
        <strong>{sector(top.sector)}</strong>
        {': '}
        {t('results:sectorTop', { risks: top.riskIds.map((id) => title.get(id) ?? id).join(t('results:and')), value: format(top.value) })}
      </li>
    ));
  }, [tops, risks, sector, t, format]);
  if (sectors.length === 0) return null;
  return (
    <section className="sector-split">
      <h3>{caption}</h3>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
        <table className="data-table split-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:risk')}</th>
              {headers}
              {marks && <th scope="col" className="num">{t('results:gap')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SplitRow key={row.id} row={row} sectors={sectors} format={format} marks={marks} t={t} />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="sector-tops" aria-label={t('results:sectorTops')}>
        {topItems}
      </ul>
    </section>
  );
}

interface SplitRowProps {
  row: SectorSplitRow;
  sectors: readonly string[];
  format: (n: number) => string;
  marks: boolean;
  t: TFunction<['results', 'catalogue']>;
}

const SplitRow = memo(function SplitRow({ row, sectors, format, marks, t }: SplitRowProps) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {sectors.map((s) => {
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
  );
});
