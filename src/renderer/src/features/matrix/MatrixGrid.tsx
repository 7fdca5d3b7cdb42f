/**
 * The matrix table with its toolbar: the gap count, the "only gaps" filter (over all priorities,
 * not just the page), "Go to a priority", and the rows a page at a time. Only the rows of the page
 * are drawn, so only their cells and responses are drop targets and draggables.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResponse, PlanningArea, Risk } from '@core/model';
import { gapSummary, rowsWithGaps, type PlanMatrix } from '@core/matrix';
import { pageContaining, pageOf } from '@core/matrix/row-pages';
import { useFormat } from '../../hooks/useFormat';
import type { MatrixLabels } from './matrix-labels';
import { MemoMatrixRow } from './MatrixRowView';
import { PriorityJump, RowPager, RowRange } from './RowPager';

/**
 * Priorities per page: about what a projector shows in three screens (a row with a few responses
 * is about 300 px). Also what keeps opening the stage quick: each row is some 80 elements.
 */
export const ROWS_PER_PAGE = 10;

interface Props {
  matrix: PlanMatrix;
  partnerName: ReadonlyMap<string, string>;
  labels: MatrixLabels;
  onAdd: (risk: Risk, area: PlanningArea) => void;
  onEdit: (response: PlanResponse) => void;
}

export function MatrixGrid({ matrix, partnerName, labels, onAdd, onEdit }: Props) {
  const { t } = useTranslation('matrix');
  const { number } = useFormat();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [requestedPage, setPage] = useState(0);
  const [focusRiskId, setFocusRiskId] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const summary = useMemo(() => gapSummary(matrix), [matrix]);
  const shown = useMemo(() => (gapsOnly ? rowsWithGaps(matrix) : matrix), [gapsOnly, matrix]);
  // pageOf clamps: when the filter or a change leaves fewer pages, the last one shows.
  const page = pageOf(shown.rows, requestedPage, ROWS_PER_PAGE);
  const paged = page.pageCount > 1;
  const priorities = useMemo(() => shown.rows.map((row) => row.risk), [shown]);

  // After a page turn or a jump, the keyboard goes to the row asked for (and the row into view).
  useLayoutEffect(() => {
    if (!focusRiskId) return;
    tableRef.current?.querySelector<HTMLElement>(`th[data-risk-id="${CSS.escape(focusRiskId)}"]`)?.focus();
    setFocusRiskId(null);
  }, [focusRiskId]);

  const turnTo = (next: number) => {
    const target = pageOf(shown.rows, next, ROWS_PER_PAGE);
    setPage(target.page);
    setFocusRiskId(target.items[0]?.risk.id ?? null);
  };
  const jumpTo = useCallback(
    (riskId: string) => {
      const found = pageContaining(shown.rows, (row) => row.risk.id === riskId, ROWS_PER_PAGE);
      if (found < 0) return;
      setPage(found);
      setFocusRiskId(riskId);
    },
    [shown],
  );

  return (
    <>
      <div className="matrix-toolbar">
        <p className="gap-summary" aria-live="polite">
          <strong>{t('gapCount', { count: summary.gaps, locale: labels.locale })}</strong> {t('gapOf', { cells: number(summary.cells) })}
        </p>
        <label className="compact">
          <input
            type="checkbox"
            checked={gapsOnly}
            onChange={(e) => {
              setGapsOnly(e.target.checked);
              setPage(0);
            }}
          />
          {t('showOnlyGaps')}
        </label>
      </div>
      {paged && (
        <div className="matrix-toolbar">
          <RowRange first={page.first} last={page.last} total={page.total} />
          <PriorityJump key={page.page} priorities={priorities} initial={page.items[0]?.risk.id ?? ''} onJump={jumpTo} />
        </div>
      )}
      {gapsOnly && shown.rows.length < matrix.rows.length && (
        <p className="hint">{t('hiddenComplete', { count: matrix.rows.length - shown.rows.length, locale: labels.locale })}</p>
      )}
      {gapsOnly && shown.rows.length === 0 ? (
        <p className="empty">{t('noGaps')}</p>
      ) : (
        <div className="table-scroll">
          <table className="matrix" ref={tableRef}>
            <caption className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priority')}</th>
                {shown.areas.map((a) => (
                  <th scope="col" key={a} className={`area-${a}`}>
                    {labels.area[a]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <MemoMatrixRow
                  key={row.risk.id}
                  row={row}
                  areas={shown.areas}
                  collapsed={gapsOnly}
                  partnerName={partnerName}
                  labels={labels}
                  onAdd={onAdd}
                  onEdit={onEdit}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paged && <RowPager page={page.page} pageCount={page.pageCount} first={page.first} last={page.last} total={page.total} onPage={turnTo} />}
    </>
  );
}
