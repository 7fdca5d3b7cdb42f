/**
 * Ways to every row of a paged matrix: the pager under the table (previous and next page, where
 * we are), and "Go to a priority" above it, which opens the page holding that priority and puts
 * the keyboard on its row. A combobox plus a button rather than a list that jumps on change:
 * arrow keys would otherwise turn pages at every press; Enter on a chosen priority jumps.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';
import { useFormat } from '../../hooks/useFormat';
import { Combobox } from '../../components/Combobox';

interface Range {
  first: number;
  last: number;
  total: number;
}

/** "Priorities 21–40 of 300": where the shown page sits among all rows. */
export function RowRange({ first, last, total }: Range) {
  const { t } = useTranslation('matrix');
  const { number } = useFormat();
  return <span className="row-range">{t('rowRange', { first: number(first), last: number(last), total: number(total) })}</span>;
}

export function RowPager({ page, pageCount, onPage, ...range }: Range & { page: number; pageCount: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('matrix');
  const { number } = useFormat();
  return (
    <nav className="matrix-pager" aria-label={t('rowPages')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">← </span>
        {t('previousPage')}
      </button>
      <span>
        <RowRange {...range} /> <span className="page-of">{t('pageOf', { page: number(page + 1), pages: number(pageCount) })}</span>
      </span>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {t('nextPage')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}

/**
 * `initial`: the priority offered first (the page's first row; key the component by page to follow
 * it). A searchable combobox rather than a select: 300 options in a select cost the matrix a
 * quarter of its opening time (Chromium styles every option), and typing a few letters of a title
 * beats scrolling a long list.
 */
export function PriorityJump({ priorities, initial, onJump }: { priorities: readonly Risk[]; initial: string; onJump: (riskId: string) => void }) {
  const { t } = useTranslation('matrix');
  const [riskId, setRiskId] = useState(initial);
  const options = useMemo(() => priorities.map((r) => ({ value: r.id, label: r.title })), [priorities]);
  const chosen = priorities.some((r) => r.id === riskId) ? riskId : (priorities[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) onJump(chosen);
  };
  return (
    <form className="priority-jump" onSubmit={submit}>
      <Combobox label={t('jumpTo')} options={options} value={chosen} onChange={setRiskId} onChoose={onJump} className="compact" />
      <button type="submit">{t('jumpShow')}</button>
    </form>
  );
}
