/**
 * "Recently deleted" cards or partners, read from the undo history only while the panel is open,
 * each with a Restore button. Restoring is itself a change, so it can be undone too.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listDeleted, type DeletedRecord, type RestorableTable } from '../../domain/recently-deleted';
import { useQuery } from '../../hooks/useQuery';
import { useFormat } from '../../hooks/useFormat';
import { useAnnouncer } from '../../components/Announcer';
import './recently-deleted.css';

interface RecentlyDeletedProps<T extends RestorableTable> {
  planId: string;
  table: T;
  title: string;
  describe: (record: DeletedRecord<T>['record']) => ReactNode;
  nameOf: (record: DeletedRecord<T>['record']) => string;
  restore: (seq: number, id: string) => Promise<unknown>;
}

const NONE: never[] = [];

export function RecentlyDeleted<T extends RestorableTable>({ planId, table, title, describe, nameOf, restore }: RecentlyDeletedProps<T>) {
  const { t } = useTranslation('capture');
  const { announce } = useAnnouncer();
  const { dateTime } = useFormat();
  const [open, setOpen] = useState(false);
  const { data: deleted, isLoading } = useQuery(() => (open ? listDeleted(db, planId, table) : NONE), [open, planId, table], NONE);
  return (
    <details className="recently-deleted" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && !isLoading && deleted.length === 0 && <p className="empty">{t('capture:nothingDeleted')}</p>}
      {deleted.length > 0 && (
        <ul className="deleted-list">
          {deleted.map((d) => (
            <li key={d.record.id}>
              <div className="deleted-what">
                {describe(d.record)}
                <span className="hint">{t('capture:deletedAt', { when: dateTime(d.at) })}</span>
              </div>
              <button
                type="button"
                aria-label={t('capture:restoreNamed', { name: nameOf(d.record) })}
                onClick={() => void restore(d.seq, d.record.id).then(() => announce(t('capture:restored', { name: nameOf(d.record) })))}
              >
                {t('capture:restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
