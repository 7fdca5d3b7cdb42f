/**
 * One profile per priority, in the shape of the framework's sample plan: problem statement,
 * vulnerable groups, risk and protective factors, what was heard, activities and outcomes.
 */
import type { Card } from '../../model';
import type { ReportContext } from '../context';
import type { ReportBlock, ReportSection, ReportTable } from '../types';
import type { PlanRows, PriorityRow } from './plan-rows';

/** Cards quoted per profile; the spreadsheet export has all of them. */
export const PROFILE_MAX_QUOTES = 8;

export function profilesSection(ctx: ReportContext, rows: PlanRows): ReportSection {
  const { t } = ctx;
  return {
    id: 'profiles',
    title: t('reports:profiles.title'),
    blocks: [
      rows.priorities.length === 0
        ? { kind: 'paragraph', tone: 'note', text: t('reports:profiles.none') }
        : { kind: 'paragraph', text: t('reports:profiles.intro', { count: rows.priorities.length }) },
    ],
    subsections: rows.priorities.map((row, i) => ({
      id: `profile-${i + 1}`,
      title: t('reports:profiles.profileTitle', { number: i + 1, risk: row.risk.title || ctx.untitled }),
      blocks: profileBlocks(ctx, row),
    })),
  };
}

function profileBlocks(ctx: ReportContext, row: PriorityRow): ReportBlock[] {
  const { t, snapshot } = ctx;
  const { risk } = row;
  const cards = snapshot.cards.filter((c) => c.riskId === risk.id).sort((a, b) => a.order - b.order || a.text.localeCompare(b.text));
  const ofKind = (...kinds: Card['kind'][]) => cards.filter((c) => kinds.includes(c.kind));
  const protective = [risk.protectiveFactors, ...ofKind('protectiveFactor').map((c) => c.text)].filter((s) => s.trim() !== '');
  const notRecorded = t('reports:notRecorded');
  const blocks: ReportBlock[] = [
    {
      kind: 'facts',
      rows: [
        { label: t('reports:profiles.problemStatement'), value: risk.problemStatement || risk.description || notRecorded },
        { label: t('reports:profiles.vulnerableGroups'), value: risk.vulnerableGroups || notRecorded },
        { label: t('reports:profiles.riskFactors'), value: risk.categories.map(ctx.category).join('; ') || notRecorded },
        { label: t('reports:profiles.protectiveFactors'), value: protective.join('; ') || notRecorded },
      ],
    },
  ];
  const heard = ofKind('risk', 'challenge', 'idea', 'asset');
  if (heard.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('reports:profiles.heardTitle', { count: heard.length }) });
    const quoted = heard.slice(0, PROFILE_MAX_QUOTES).map((c) => t('reports:profiles.quotedCard', { kind: t(`catalogue:cardKind.${c.kind}`), text: c.text }));
    if (heard.length > PROFILE_MAX_QUOTES) quoted.push(t('reports:profiles.moreCards', { count: heard.length - PROFILE_MAX_QUOTES }));
    blocks.push({ kind: 'list', items: quoted });
  }
  blocks.push({ kind: 'heading', level: 3, text: t('reports:profiles.activitiesTitle') });
  blocks.push({ kind: 'table', table: activitiesTable(ctx, row) });
  blocks.push({ kind: 'heading', level: 3, text: t('reports:profiles.outcomesTitle') });
  blocks.push({
    kind: 'table',
    table: {
      id: `profile-outcomes-${risk.id}`,
      caption: t('reports:profiles.outcomesCaption', { risk: risk.title || ctx.untitled }),
      emptyText: t('reports:profiles.noOutcomes'),
      columns: [
        { key: 'level', label: t('reports:col.level') },
        { key: 'outcome', label: t('reports:col.outcome'), width: 3 },
        { key: 'indicator', label: t('reports:col.indicator'), width: 2 },
        { key: 'target', label: t('reports:col.target'), width: 2 },
      ],
      rows: row.outcomes.map((o) => [t(`catalogue:outcomeLevel.${o.level}`), o.statement, o.indicator, withDate(ctx, o.target, o.targetDate)]),
    },
  });
  return blocks;
}

function activitiesTable(ctx: ReportContext, row: PriorityRow): ReportTable {
  const { t } = ctx;
  return {
    id: `profile-activities-${row.risk.id}`,
    caption: t('reports:profiles.activitiesCaption', { risk: row.risk.title || ctx.untitled }),
    emptyText: t('reports:profiles.noActivities'),
    columns: [
      { key: 'activity', label: t('reports:col.activity'), width: 3 },
      { key: 'area', label: t('reports:col.area'), width: 2 },
      { key: 'type', label: t('reports:col.type') },
      { key: 'lead', label: t('reports:col.lead'), width: 2 },
    ],
    rows: row.responses.map((r) => [r.title || ctx.untitled, ctx.area(r.area), t(`catalogue:responseType.${r.type}`), ctx.partnerName(r.leadPartnerId)]),
  };
}

/** "value (date)", or whichever of the two is there. */
export function withDate(ctx: ReportContext, value: string, date: string): string {
  const when = ctx.date(date);
  if (value && when) return `${value} (${when})`;
  return value || when;
}
