/**
 * The full ranking of the dot vote, every risk on the ballot (the chart shows only the top).
 * Rows are memoised on what they show, so after a vote only the rows whose total, rank or tie
 * changed are drawn again; React moves the others into their new order.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Risk } from '@core/model';
import { PriorityToggle } from './PriorityToggle';

export interface DotRankingRow {
  risk: Risk;
  rank: number | null;
  tied: boolean;
  dots: number;
  voters: number;
}

interface DotRankingTableProps {
  rows: readonly DotRankingRow[];
  planId: string;
  suggestPresent: () => string[];
  format: (n: number) => string;
}

export function DotRankingTable({ rows, planId, suggestPresent, format }: DotRankingTableProps) {
  const { t } = useTranslation('results');
  return (
    <table className="data-table ranking">
      <caption className="visually-hidden">{t('results:tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">{t('results:rank')}</th>
          <th scope="col">{t('results:risk')}</th>
          <th scope="col" className="num">{t('results:dots')}</th>
          <th scope="col" className="num">{t('results:voters')}</th>
          <th scope="col">{t('results:priority')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <RankingRow key={row.risk.id} {...row} planId={planId} suggestPresent={suggestPresent} format={format} t={t} />
        ))}
      </tbody>
    </table>
  );
}

interface RankingRowProps extends DotRankingRow {
  planId: string;
  suggestPresent: () => string[];
  format: (n: number) => string;
  /** One translation hook for the table rather than one per row. */
  t: TFunction<'results'>;
}

const RankingRow = memo(function RankingRow({ risk, rank, tied, dots, voters, planId, suggestPresent, format, t }: RankingRowProps) {
  return (
    <tr className={risk.isPriority ? 'is-priority' : undefined}>
      <td className="num">{rank === null ? '–' : tied ? t('results:tiedRank', { rank }) : rank}</td>
      <th scope="row">{risk.title}</th>
      <td className="num">{format(dots)}</td>
      <td className="num">{format(voters)}</td>
      <td>
        <PriorityToggle planId={planId} risk={risk} method="dotVoting" suggestPresent={suggestPresent} />
      </td>
    </tr>
  );
});
