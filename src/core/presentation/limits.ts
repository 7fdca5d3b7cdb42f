/**
 * How much each audience layout shows at each text size, so a layout never needs to scroll or
 * shrink its text below the readable minimum: bigger type, fewer items ("and 3 more" instead).
 * Tuned against screenshots at 1280x720 with long, realistic titles (tests/e2e/presenter-*.spec.ts).
 */
import type { TextSize } from './view';

export interface LayoutLimits {
  partners: number;
  latestCards: number;
  riskTiles: number;
  focusCards: number;
  ballot: number;
  criteria: number;
  bars: number;
  matrixRows: number;
  cellResponses: number;
  focusCellResponses: number;
  outcomeGroups: number;
  outcomesPerGroup: number;
  priorities: number;
}

export const LAYOUT_LIMITS: Readonly<Record<TextSize, LayoutLimits>> = {
  large: {
    partners: 16,
    latestCards: 5,
    riskTiles: 8,
    focusCards: 6,
    ballot: 8,
    criteria: 5,
    bars: 7,
    matrixRows: 3,
    cellResponses: 2,
    focusCellResponses: 4,
    outcomeGroups: 3,
    outcomesPerGroup: 2,
    priorities: 5,
  },
  larger: {
    partners: 12,
    latestCards: 4,
    riskTiles: 6,
    focusCards: 5,
    ballot: 7,
    criteria: 4,
    bars: 6,
    matrixRows: 2,
    cellResponses: 2,
    focusCellResponses: 3,
    outcomeGroups: 2,
    outcomesPerGroup: 2,
    priorities: 4,
  },
  largest: {
    partners: 8,
    latestCards: 3,
    riskTiles: 4,
    focusCards: 4,
    ballot: 5,
    criteria: 3,
    bars: 5,
    matrixRows: 1,
    cellResponses: 1,
    focusCellResponses: 2,
    outcomeGroups: 1,
    outcomesPerGroup: 2,
    priorities: 3,
  },
};

/** The first `limit` items and how many were left out. */
export function take<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
