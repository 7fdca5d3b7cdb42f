/**
 * Spreadsheet-style movement in a grid of inputs: arrows, Enter (down) and Shift+Enter (up).
 * Cells carry data-row / data-col; the grid element carries data-grid. Left and right move only
 * when the caret is at the edge of the text, so editing inside a value still works.
 */
import type { KeyboardEvent } from 'react';

export function focusCell(grid: Element | null, row: number, col: number): boolean {
  const cell = grid?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}

/** Moves to the next cell in reading order (after a complete entry). */
export function focusNext(grid: Element | null, row: number, col: number, cols: number): void {
  if (col + 1 < cols) focusCell(grid, row, col + 1);
  else focusCell(grid, row + 1, 0);
}

export function onGridKey(e: KeyboardEvent<HTMLElement>, row: number, col: number): void {
  const el = e.currentTarget;
  const grid = el.closest('[data-grid]');
  const input = el instanceof HTMLInputElement ? el : null;
  const atStart = !input || (input.selectionStart === 0 && input.selectionEnd === 0) || input.value === '';
  const atEnd = !input || input.selectionStart === input.value.length;
  let moved = false;
  if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) moved = focusCell(grid, row + 1, col);
  else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) moved = focusCell(grid, row - 1, col);
  else if (e.key === 'ArrowRight' && atEnd && !(el instanceof HTMLSelectElement)) moved = focusCell(grid, row, col + 1);
  else if (e.key === 'ArrowLeft' && atStart && !(el instanceof HTMLSelectElement)) moved = focusCell(grid, row, col - 1);
  if (moved || e.key === 'Enter') e.preventDefault();
}
