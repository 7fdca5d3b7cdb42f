/**
 * What screen readers hear while dragging in the matrix, in the interface language. The drop
 * itself is announced by the board (with the result of the change), so onDragEnd stays silent
 * here to avoid saying it twice.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { sourceTitle, type CellTargetData, type DragSource } from './drag-data';

const titleOf = (data: unknown) => (data ? sourceTitle(data as DragSource) : '');
const cellOf = (data: unknown) => (data as CellTargetData | undefined)?.label;

export function dragAnnouncements(t: TFunction): Announcements {
  return {
    onDragStart: ({ active }) => t('matrix:dragStart', { title: titleOf(active.data.current) }),
    onDragOver: ({ active, over }) => {
      const cell = cellOf(over?.data.current);
      return cell ? t('matrix:dragOver', { title: titleOf(active.data.current), cell }) : t('matrix:dragOutside', { title: titleOf(active.data.current) });
    },
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t('matrix:dragCancel', { title: titleOf(active.data.current) }),
  };
}

export function dragInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('matrix:dragInstructions') };
}
