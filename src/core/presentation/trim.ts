/**
 * Making a layout fit: the audience window measures its layout and, while it is taller than the
 * screen, takes one more item off the end of the layout's main list, counting it in "and N more".
 * Titles are typed by people and projectors differ, so a fixed item count cannot guarantee the
 * room never sees text cut off; this can, without ever shrinking the text.
 */
import type { AudienceScreen, ScreenOf } from './view';

/** Drops the last item of `items` (keeping at least one); null when there is nothing to drop. */
function dropLast<T>(items: readonly T[]): T[] | null {
  return items.length > 1 ? items.slice(0, -1) : null;
}

/** The screen with one item fewer in its main list; null when it cannot get any shorter. */
export function trimOnce(screen: AudienceScreen): AudienceScreen | null {
  switch (screen.kind) {
    case 'welcome': {
      const partners = dropLast(screen.partners);
      return partners && { ...screen, partners, morePartners: screen.morePartners + 1 };
    }
    case 'capture': {
      const latest = dropLast(screen.latest);
      return latest && { ...screen, latest };
    }
    case 'grouping': {
      if (screen.focus) {
        const cards = dropLast(screen.focus.cards);
        return cards && { ...screen, focus: { ...screen.focus, cards, moreCards: screen.focus.moreCards + 1 } };
      }
      const risks = dropLast(screen.risks);
      return risks && { ...screen, risks, moreRisks: screen.moreRisks + 1 };
    }
    case 'voting': {
      const risks = dropLast(screen.risks);
      return risks && { ...screen, risks, moreRisks: screen.moreRisks + 1 };
    }
    case 'scoring':
      return trimScoring(screen);
    case 'results': {
      const bars = dropLast(screen.bars);
      return bars && { ...screen, bars, moreBars: screen.moreBars + 1 };
    }
    case 'matrix':
      return trimMatrix(screen);
    case 'outcomes':
      return trimOutcomes(screen);
    case 'wrapUp': {
      const priorities = dropLast(screen.priorities);
      return priorities && { ...screen, priorities, morePriorities: screen.morePriorities + 1 };
    }
    case 'resultsHidden':
    case 'blank':
      return null;
  }
}

/** Applies trimOnce up to `times` times; stops early when nothing more can go. */
export function trimScreen(screen: AudienceScreen, times: number): { screen: AudienceScreen; trimmed: number; canTrimMore: boolean } {
  let current = screen;
  let trimmed = 0;
  while (trimmed < times) {
    const next = trimOnce(current);
    if (!next) return { screen: current, trimmed, canTrimMore: false };
    current = next;
    trimmed += 1;
  }
  return { screen: current, trimmed, canTrimMore: trimOnce(current) !== null };
}

/** The two columns side by side: shorten the longer list. */
function trimScoring(screen: ScreenOf<'scoring'>): ScreenOf<'scoring'> | null {
  if (screen.risks.length >= screen.criteria.length) {
    const risks = dropLast(screen.risks);
    if (risks) return { ...screen, risks, moreRisks: screen.moreRisks + 1 };
  }
  const criteria = dropLast(screen.criteria);
  return criteria && { ...screen, criteria, moreCriteria: screen.moreCriteria + 1 };
}

/** Overview: fewer priority rows. Spotlight (one row): fewer responses in the fullest cell. */
function trimMatrix(screen: ScreenOf<'matrix'>): ScreenOf<'matrix'> | null {
  if (!screen.focused) {
    const rows = dropLast(screen.rows);
    return rows && { ...screen, rows, moreRows: screen.moreRows + 1 };
  }
  const row = screen.rows[0];
  if (!row) return null;
  const fullest = row.cells.reduce((best, cell, i) => (cell.responses.length > (row.cells[best]?.responses.length ?? 0) ? i : best), 0);
  const cell = row.cells[fullest];
  const responses = cell && dropLast(cell.responses);
  if (!cell || !responses) return null;
  const cells = row.cells.map((c, i) => (i === fullest ? { ...c, responses, more: c.more + 1 } : c));
  return { ...screen, rows: [{ ...row, cells }] };
}

/** First one outcome per priority (from the last priority up), then fewer priorities. */
function trimOutcomes(screen: ScreenOf<'outcomes'>): ScreenOf<'outcomes'> | null {
  for (let i = screen.groups.length - 1; i >= 0; i--) {
    const group = screen.groups[i]!;
    const outcomes = dropLast(group.outcomes);
    if (outcomes) {
      const groups = screen.groups.map((g, j) => (j === i ? { ...g, outcomes, more: g.more + 1 } : g));
      return { ...screen, groups };
    }
  }
  const groups = dropLast(screen.groups);
  return groups && { ...screen, groups, moreGroups: screen.moreGroups + 1 };
}
