/**
 * Engagement summary: the sessions held, who took part by sector, which consultation groups the
 * law names were reached, and what kinds of input people brought.
 */
import { CONSULTATION_GROUPS } from '../../catalogue';
import { CARD_KINDS, type Id } from '../../model';
import { compareSectors, participantSector } from '../../scoring/sectors';
import type { ReportContext } from '../context';
import type { ReportBlock, ReportSection } from '../types';

export function engagementSection(ctx: ReportContext): ReportSection {
  const { t, snapshot } = ctx;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: t('reports:engagement.intro', {
        sessions: t('reports:count.sessions', { count: snapshot.sessions.length }),
        participants: t('reports:count.participants', { count: snapshot.participants.length }),
        partners: t('reports:count.partners', { count: snapshot.partners.length }),
        cards: t('reports:count.cards', { count: snapshot.cards.length }),
      }),
    },
  ];

  const sessions = [...snapshot.sessions].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.title.localeCompare(b.title));
  blocks.push({
    kind: 'table',
    table: {
      id: 'sessions',
      caption: t('reports:engagement.sessionsCaption'),
      emptyText: t('reports:engagement.noSessions'),
      columns: [
        { key: 'title', label: t('reports:col.session'), width: 3 },
        { key: 'date', label: t('reports:col.date'), width: 2 },
        { key: 'place', label: t('reports:col.place'), width: 2 },
        { key: 'attendees', label: t('reports:col.attendees'), numeric: true, width: 1 },
      ],
      rows: sessions.map((s) => [s.title || ctx.untitled, ctx.date(s.date), s.place, s.attendeeIds.length]),
    },
  });

  // Participants by sector (the sector of their organisation, else the one they named).
  const partnersById = new Map(snapshot.partners.map((p) => [p.id, p]));
  const bySector = new Map<string, { people: number; organisations: Set<Id> }>();
  for (const person of snapshot.participants) {
    const sector = participantSector(person, partnersById);
    const entry = bySector.get(sector) ?? { people: 0, organisations: new Set<Id>() };
    entry.people += 1;
    if (person.partnerId !== null && partnersById.has(person.partnerId)) entry.organisations.add(person.partnerId);
    bySector.set(sector, entry);
  }
  const sectorRows = [...bySector.entries()].sort(([a], [b]) => compareSectors(a, b));
  blocks.push({ kind: 'heading', level: 3, text: t('reports:engagement.sectorsTitle') });
  if (sectorRows.length > 0) {
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'participants-by-sector',
        title: t('reports:engagement.sectorsChart'),
        description: t('reports:engagement.sectorsChartDescription', {
          list: sectorRows.map(([sector, e]) => `${ctx.sector(sector)} ${e.people}`).join(', '),
        }),
        emphasisLabel: null,
        bars: sectorRows.map(([sector, e]) => ({ label: ctx.sector(sector), value: e.people, valueLabel: ctx.number(e.people) })),
      },
    });
  }
  blocks.push({
    kind: 'table',
    table: {
      id: 'participants-by-sector',
      caption: t('reports:engagement.sectorsCaption'),
      emptyText: t('reports:engagement.noParticipants'),
      columns: [
        { key: 'sector', label: t('reports:col.sector'), width: 3 },
        { key: 'participants', label: t('reports:col.participants'), numeric: true },
        { key: 'organisations', label: t('reports:col.organisations'), numeric: true },
      ],
      rows: sectorRows.map(([sector, e]) => [ctx.sector(sector), e.people, e.organisations.size]),
    },
  });

  // Consultation groups the law names: reached through a participant or a partner organisation.
  const groupRows = CONSULTATION_GROUPS.map((group) => {
    const people = snapshot.participants.filter((p) => p.consultationGroups.includes(group)).length;
    const organisations = snapshot.partners.filter((p) => p.consultationGroups.includes(group)).length;
    return { group, people, organisations, reached: people + organisations > 0 };
  });
  const missing = groupRows.filter((row) => !row.reached);
  blocks.push(
    { kind: 'heading', level: 3, text: t('reports:engagement.groupsTitle') },
    {
      kind: 'table',
      table: {
        id: 'consultation-groups',
        caption: t('reports:engagement.groupsCaption'),
        emptyText: '',
        columns: [
          { key: 'group', label: t('reports:col.group'), width: 3 },
          { key: 'participants', label: t('reports:col.participants'), numeric: true },
          { key: 'organisations', label: t('reports:col.organisations'), numeric: true },
          { key: 'status', label: t('reports:col.status') },
        ],
        rows: groupRows.map((row) => [
          ctx.group(row.group),
          row.people,
          row.organisations,
          row.reached ? t('reports:engagement.reached') : t('reports:engagement.notReached'),
        ]),
      },
    },
    missing.length === 0
      ? { kind: 'paragraph', text: t('reports:engagement.allGroupsReached') }
      : {
          kind: 'paragraph',
          tone: 'warning',
          text: t('reports:engagement.groupsMissing', { count: missing.length, groups: missing.map((row) => ctx.group(row.group)).join('; ') }),
        },
  );

  blocks.push(
    { kind: 'heading', level: 3, text: t('reports:engagement.inputTitle') },
    {
      kind: 'table',
      table: {
        id: 'input-by-kind',
        caption: t('reports:engagement.inputCaption'),
        emptyText: t('reports:engagement.noCards'),
        columns: [
          { key: 'kind', label: t('reports:col.kind'), width: 3 },
          { key: 'cards', label: t('reports:col.cards'), numeric: true },
        ],
        rows: snapshot.cards.length === 0 ? [] : CARD_KINDS.map((kind) => [t(`catalogue:cardKind.${kind}`), snapshot.cards.filter((c) => c.kind === kind).length]),
      },
    },
  );
  return { id: 'engagement', title: t('reports:engagement.title'), blocks };
}
