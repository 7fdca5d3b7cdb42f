/** Partners and the advisory committee: who took part, and which legislated seats are filled. */
import { SEATS } from '../../catalogue';
import { byText, type ReportContext } from '../context';
import type { ReportBlock, ReportSection } from '../types';

export function partnersSection(ctx: ReportContext): ReportSection {
  const { t, snapshot } = ctx;
  const partners = byText(snapshot.partners, (p) => p.name, ctx.locale);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('reports:partners.intro', { count: partners.length }) },
    {
      kind: 'table',
      table: {
        id: 'partners',
        caption: t('reports:partners.tableCaption'),
        emptyText: t('reports:partners.none'),
        columns: [
          { key: 'name', label: t('reports:col.organisation'), width: 3 },
          { key: 'sector', label: t('reports:col.sector'), width: 2 },
          { key: 'seats', label: t('reports:col.seats'), width: 3 },
          { key: 'groups', label: t('reports:col.groupsRepresented'), width: 2 },
        ],
        rows: partners.map((p) => [
          p.name || ctx.untitled,
          ctx.sector(p.sector),
          p.seats.map(ctx.seat).join('; '),
          p.consultationGroups.map(ctx.group).join('; '),
        ]),
      },
    },
  ];

  const seatRows = SEATS.map((seat) => {
    const filledBy = partners.filter((p) => p.seats.includes(seat)).map((p) => p.name || ctx.untitled);
    return { seat, filledBy };
  });
  const unfilled = seatRows.filter((row) => row.filledBy.length === 0);
  blocks.push(
    { kind: 'heading', level: 3, text: t('reports:partners.committeeTitle') },
    { kind: 'paragraph', text: t('reports:partners.committeeIntro') },
    {
      kind: 'table',
      table: {
        id: 'advisory-committee',
        caption: t('reports:partners.committeeCaption'),
        emptyText: '',
        columns: [
          { key: 'seat', label: t('reports:col.seat'), width: 3 },
          { key: 'filledBy', label: t('reports:col.filledBy'), width: 3 },
          { key: 'status', label: t('reports:col.status'), width: 1 },
        ],
        rows: seatRows.map((row) => [
          ctx.seat(row.seat),
          row.filledBy.join('; '),
          row.filledBy.length > 0 ? t('reports:partners.filled') : t('reports:partners.notFilled'),
        ]),
      },
    },
    unfilled.length === 0
      ? { kind: 'paragraph', text: t('reports:partners.allSeatsFilled') }
      : {
          kind: 'paragraph',
          tone: 'warning',
          text: t('reports:partners.seatsMissing', { count: unfilled.length, seats: unfilled.map((row) => ctx.seat(row.seat)).join('; ') }),
        },
  );
  return { id: 'partners', title: t('reports:partners.title'), blocks };
}
