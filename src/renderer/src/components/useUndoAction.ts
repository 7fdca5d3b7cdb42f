/**
 * The "Undo" button of a message about a change ("Card deleted. Undo"). It undoes that change,
 * not whatever happened last: by the time someone presses it, other changes may have come (a
 * dot on another stage, a phone's card). When the change is no longer the latest, the button
 * says so and points to the toolbar's Undo, which walks back through every change in order.
 *
 * Call it right after the change resolved: it notes which history entry the change made.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/database';
import { nextUndo, undo } from '../db/change';
import { useAnnouncer } from './Announcer';

export function useUndoAction(): (planId: string) => { label: string; run: () => void } {
  const { t } = useTranslation('common');
  const { announce } = useAnnouncer();
  return useCallback(
    (planId: string) => {
      const made = nextUndo(db, planId).then((entry) => entry?.seq);
      return {
        label: t('common:undo'),
        run: () =>
          void made.then(async (seq) => {
            const undone = seq === undefined ? null : await undo(db, planId, seq);
            if (undone === null) announce(t('common:undoNotLatest'), { tone: 'error' });
          }),
      };
    },
    [announce, t],
  );
}
