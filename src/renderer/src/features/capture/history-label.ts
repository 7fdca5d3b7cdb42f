import type { TFunction } from 'i18next';

/** History entries store keys like "history.addCard"; the catalogue is the `history` namespace. */
export function historyLabel(t: TFunction, label: string): string {
  return t(label.replace(/^history\./, 'history:'));
}
