/**
 * Every table of the plan as plain rows, for the spreadsheet (one sheet each) and CSV exports.
 * Names replace ids so a table reads on its own; numbers stay numbers.
 */
import { peopleLookup, resolveAttribution } from '../search/attribution';
import type { ReportContext } from './context';
import { actionPlanTable } from './sections/action-plan';
import { outcomesTable } from './sections/outcomes';
import type { PlanRows } from './sections/plan-rows';
import type { RiskStanding } from './sections/prioritisation';
import type { ReportTable } from './types';

export const DATA_TABLE_IDS = ['partners', 'participants', 'sessions', 'cards', 'risks', 'votes', 'scores', 'matrix', 'action-plan', 'outcomes'] as const;
export type DataTableId = (typeof DATA_TABLE_IDS)[number];

export function dataTables(ctx: ReportContext, standings: readonly RiskStanding[], rows: PlanRows): ReportTable[] {
  const { t, snapshot } = ctx;
  const col = (key: string, numeric = false) => ({ key, label: t(`reports:col.${key}`), numeric });
  const sessions = new Map(snapshot.sessions.map((s) => [s.id, s.title || ctx.untitled]));
  // A card said by a participant belongs to their organisation and sector too.
  const people = peopleLookup(snapshot.partners, snapshot.participants);
  const criteria = new Map(snapshot.criteria.map((c) => [c.id, c.name || ctx.untitled]));
  const partnerIds = new Set(snapshot.partners.map((p) => p.id));
  const rater = (id: string) => (partnerIds.has(id) ? ctx.partnerName(id) : ctx.participantName(id));
  const participantsById = new Map(snapshot.participants.map((p) => [p.id, p]));
  const table = (id: DataTableId, columns: ReportTable['columns'], tableRows: ReportTable['rows']): ReportTable => ({
    id,
    caption: t(`reports:data.${id}`),
    emptyText: t('reports:data.empty'),
    columns,
    rows: tableRows,
  });

  const matrixColumns = [col('priority'), ...rows.matrix.areas.map((area) => ({ key: area, label: ctx.area(area) }))];
  return [
    table(
      'partners',
      [col('organisation'), col('sector'), col('seats'), col('groupsRepresented'), col('contactName'), col('contactEmail'), col('notes')],
      snapshot.partners.map((p) => [p.name, ctx.sector(p.sector), p.seats.map(ctx.seat).join('; '), p.consultationGroups.map(ctx.group).join('; '), p.contactName, p.contactEmail, p.notes]),
    ),
    table(
      'participants',
      [col('name'), col('organisation'), col('sector'), col('groups')],
      snapshot.participants.map((p) => [p.name, ctx.partnerName(p.partnerId), p.sector === null ? '' : ctx.sector(p.sector), p.consultationGroups.map(ctx.group).join('; ')]),
    ),
    table(
      'sessions',
      [col('session'), col('date'), col('place'), col('attendees', true), col('attendeeNames'), col('notes')],
      snapshot.sessions.map((s) => [s.title, s.date, s.place, s.attendeeIds.length, s.attendeeIds.map(ctx.participantName).join('; '), s.notes]),
    ),
    table(
      'cards',
      [col('text'), col('kind'), col('participant'), col('organisation'), col('sector'), col('session'), col('risk'), col('tags')],
      [...snapshot.cards]
        .sort((a, b) => a.order - b.order)
        .map((c) => ({ c, who: resolveAttribution(c, people) }))
        .map(({ c, who }) => [
          c.text,
          t(`catalogue:cardKind.${c.kind}`),
          ctx.participantName(c.participantId),
          ctx.partnerName(who.partner?.id ?? null),
          who.sector === null ? '' : ctx.sector(who.sector),
          c.sessionId === null ? '' : (sessions.get(c.sessionId) ?? ''),
          ctx.riskTitle(c.riskId),
          c.tags.map(ctx.category).join('; '),
        ]),
    ),
    table(
      'risks',
      [col('rank', true), col('risk'), col('dots', true), col('voters', true), { key: 'score', label: t(`reports:col.score.${snapshot.plan.scoring.method}`), numeric: snapshot.plan.scoring.method !== 'importanceChangeability' }, col('priority'), col('categories'), col('description')],
      standings.map((s) => [
        s.rank,
        s.risk.title,
        s.dots,
        s.voters,
        snapshot.plan.scoring.method === 'importanceChangeability' ? s.score || null : roundOrNull(s.scoreValue),
        s.risk.isPriority ? t('reports:yes') : t('reports:no'),
        s.risk.categories.map(ctx.category).join('; '),
        s.risk.description,
      ]),
    ),
    table(
      'votes',
      [col('participant'), col('organisation'), col('risk'), col('round', true), col('dots', true)],
      [...snapshot.votes]
        .sort((a, b) => a.round - b.round || ctx.participantName(a.participantId).localeCompare(ctx.participantName(b.participantId)))
        .map((v) => [ctx.participantName(v.participantId), ctx.partnerName(participantsById.get(v.participantId)?.partnerId ?? null), ctx.riskTitle(v.riskId), v.round, v.dots]),
    ),
    table(
      'scores',
      [col('rater'), col('risk'), col('criterion'), col('value', true)],
      snapshot.scores.map((s) => [rater(s.raterId), ctx.riskTitle(s.riskId), criteria.get(s.criterionId) ?? '', s.value]),
    ),
    table(
      'matrix',
      matrixColumns,
      rows.matrix.rows.map((row) => [
        row.risk.title,
        ...rows.matrix.areas.map((area) => row.cells[area].map((r) => r.title).join('; ') || t('reports:matrix.gap')),
      ]),
    ),
    { ...actionPlanTable(ctx, rows), caption: t('reports:data.action-plan') },
    { ...outcomesTable(ctx, rows), caption: t('reports:data.outcomes') },
  ];
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
