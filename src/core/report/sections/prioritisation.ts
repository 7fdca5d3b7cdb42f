/**
 * Risks identified and how they were prioritised: the method (dots, criteria), the ranking with
 * every figure, and the record of each priority decision (when, how, who was in the room).
 */
import type { Id, Risk } from '../../model';
import { tallyDots } from '../../scoring/dots';
import { hanlonScores } from '../../scoring/hanlon';
import { importanceChangeability } from '../../scoring/importance-changeability';
import { rankRisks } from '../../scoring/rank';
import { weightedScores } from '../../scoring/weighted';
import { byOrder, type ReportContext } from '../context';
import type { ReportBlock, ReportSection } from '../types';

/** Risks drawn in the ranking chart; the table lists all of them. */
export const CHART_MAX_RISKS = 15;

export interface RiskStanding {
  risk: Risk;
  rank: number | null;
  tied: boolean;
  dots: number;
  voters: number;
  /** The scoring result as text (a weighted total, a BPR, a quadrant), '' without scores. */
  score: string;
  scoreValue: number | null;
}

/** Ranks by dots of the current round when there are votes, else by the score. */
export function riskStandings(ctx: ReportContext): RiskStanding[] {
  const { snapshot } = ctx;
  const { plan } = snapshot;
  const risks = byOrder(snapshot.risks, (r) => r.title, ctx.locale);
  const tallies = new Map(tallyDots(snapshot.votes, risks, snapshot.participants, snapshot.partners, plan.voting).map((d) => [d.riskId, d]));
  const scores = scoreTexts(ctx, risks);
  const anyVotes = [...tallies.values()].some((d) => d.dots > 0);
  const keyOf = (risk: Risk): number | null =>
    anyVotes ? (tallies.get(risk.id)?.dots ?? 0) : (scores.get(risk.id)?.value ?? null);
  return rankRisks(risks, keyOf).map(({ item, rank, tied }) => ({
    risk: item,
    rank,
    tied,
    dots: tallies.get(item.id)?.dots ?? 0,
    voters: tallies.get(item.id)?.voters ?? 0,
    score: scores.get(item.id)?.text ?? '',
    scoreValue: scores.get(item.id)?.value ?? null,
  }));
}

function scoreTexts(ctx: ReportContext, risks: readonly Risk[]): Map<Id, { text: string; value: number | null }> {
  const { snapshot, t } = ctx;
  const { scoring } = snapshot.plan;
  const out = new Map<Id, { text: string; value: number | null }>();
  if (snapshot.scores.length === 0) return out;
  if (scoring.method === 'hanlon') {
    for (const r of hanlonScores(risks, snapshot.criteria, snapshot.scores)) {
      if (r.bpr !== null) out.set(r.riskId, { text: ctx.number(r.bpr), value: r.bpr });
    }
  } else if (scoring.method === 'importanceChangeability') {
    for (const r of importanceChangeability(risks, snapshot.criteria, snapshot.scores, scoring).risks) {
      if (r.quadrant !== null) out.set(r.riskId, { text: t(`catalogue:quadrant.${r.quadrant}`), value: r.importance });
    }
  } else {
    for (const r of weightedScores(risks, snapshot.criteria, snapshot.scores, scoring)) {
      if (r.total !== null) out.set(r.riskId, { text: ctx.number(r.total, 2), value: r.total });
    }
  }
  return out;
}

export function prioritisationSection(ctx: ReportContext, standings: readonly RiskStanding[]): ReportSection {
  const { t, snapshot } = ctx;
  const { plan } = snapshot;
  const priorities = standings.filter((s) => s.risk.isPriority);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: t('reports:prioritisation.intro', {
        risks: t('reports:count.risks', { count: snapshot.risks.length }),
        cards: t('reports:count.cards', { count: snapshot.cards.length }),
        priorities: t('reports:count.priorities', { count: priorities.length }),
      }),
    },
  ];

  const method: string[] = [];
  if (snapshot.votes.length > 0) {
    method.push(
      t('reports:prioritisation.dotsMethod', {
        dots: plan.voting.dotsPerParticipant,
        max: plan.voting.maxDotsPerRisk,
        round: plan.voting.round,
      }),
    );
  }
  if (snapshot.scores.length > 0) {
    const criteria = [...snapshot.criteria].sort((a, b) => a.order - b.order);
    method.push(
      t('reports:prioritisation.scoringMethod', {
        method: t(`catalogue:scoringMethod.${plan.scoring.method}`),
        min: ctx.number(plan.scoring.scaleMin),
        max: ctx.number(plan.scoring.scaleMax),
        criteria: criteria.map((c) => t('reports:prioritisation.criterionWeight', { name: c.name || ctx.untitled, weight: ctx.number(c.weight, 2) })).join('; '),
      }),
    );
  }
  blocks.push({ kind: 'heading', level: 3, text: t('reports:prioritisation.methodTitle') });
  blocks.push(method.length > 0 ? { kind: 'list', items: method } : { kind: 'paragraph', text: t('reports:prioritisation.noMethod'), tone: 'note' });

  const charted = standings.filter((s) => s.dots > 0).slice(0, CHART_MAX_RISKS);
  blocks.push({ kind: 'heading', level: 3, text: t('reports:prioritisation.rankingTitle') });
  if (charted.length > 0) {
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'dots-per-risk',
        title: t('reports:prioritisation.chartTitle', { round: plan.voting.round }),
        description: t('reports:prioritisation.chartDescription', {
          list: charted.map((s) => `${s.risk.title || ctx.untitled} ${s.dots}`).join(', '),
        }),
        emphasisLabel: charted.some((s) => s.risk.isPriority) ? t('reports:prioritisation.priorityMarker') : null,
        bars: charted.map((s) => ({ label: s.risk.title || ctx.untitled, value: s.dots, valueLabel: ctx.number(s.dots), emphasis: s.risk.isPriority })),
      },
    });
  }
  const scoreColumn = t(`reports:col.score.${plan.scoring.method}`);
  blocks.push({
    kind: 'table',
    table: {
      id: 'ranking',
      caption: t('reports:prioritisation.rankingCaption'),
      emptyText: t('reports:prioritisation.noRisks'),
      columns: [
        { key: 'rank', label: t('reports:col.rank'), numeric: true },
        { key: 'risk', label: t('reports:col.risk'), width: 4 },
        { key: 'dots', label: t('reports:col.dots'), numeric: true },
        { key: 'voters', label: t('reports:col.voters'), numeric: true },
        { key: 'score', label: scoreColumn, numeric: plan.scoring.method !== 'importanceChangeability', width: 2 },
        { key: 'priority', label: t('reports:col.priority') },
      ],
      rows: standings.map((s) => [
        s.rank === null ? '' : s.tied ? t('reports:prioritisation.tiedRank', { rank: s.rank }) : s.rank,
        s.risk.title || ctx.untitled,
        s.dots,
        s.voters,
        s.score,
        s.risk.isPriority ? t('reports:yes') : '',
      ]),
    },
  });

  const decided = priorities.filter((s) => s.risk.priorityDecision !== null);
  if (priorities.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('reports:prioritisation.decisionsTitle') });
    blocks.push(
      decided.length === 0
        ? { kind: 'paragraph', tone: 'note', text: t('reports:prioritisation.noDecisions') }
        : {
            kind: 'list',
            items: decided.map(({ risk }) => {
              const d = risk.priorityDecision!;
              const parts = [
                t('reports:prioritisation.decision', { risk: risk.title || ctx.untitled, date: ctx.date(d.date) || t('reports:noDate'), method: decisionMethod(ctx, d.method) }),
              ];
              if (d.presentPartnerIds.length > 0) parts.push(t('reports:prioritisation.present', { partners: ctx.partnerNames(d.presentPartnerIds) }));
              if (d.note) parts.push(d.note);
              return parts.join(' ');
            }),
          },
    );
  }
  return { id: 'prioritisation', title: t('reports:prioritisation.title'), blocks };
}

/** Method ids chosen in the app get their label; free text typed by the facilitator stays as is. */
function decisionMethod(ctx: ReportContext, method: string): string {
  if (!method) return ctx.t('reports:notRecorded');
  return /^[A-Za-z]+$/.test(method) ? ctx.t(`reports:decisionMethod.${method}`, { defaultValue: method }) : method;
}
