/**
 * projectScreen: from the plan's records and the facilitator's choices to the one screen the room
 * may see. This is the only way plan data reaches the audience window (data minimisation): it
 * copies public fields one by one into the shapes of view.ts, so notes, contact details, who said
 * what, and results not yet revealed are never part of what is sent.
 */
import { CARD_KINDS, type CardKind, type WorkshopSession } from '../model';
import { stepOfStage } from './agenda';
import type { PresentationData, ProjectionRequest } from './data';
import { LAYOUT_LIMITS, take } from './limits';
import { projectMatrix, projectOutcomes } from './project-plan';
import { projectResults } from './project-results';
import type { AudienceScreen, ScreenOf } from './view';

export function projectScreen(data: PresentationData, request: ProjectionRequest): AudienceScreen {
  switch (stepOfStage(request.stage)) {
    case 'welcome':
      return projectWelcome(data, request);
    case 'capture':
      return projectCapture(data, request);
    case 'grouping':
      return projectGrouping(data, request);
    case 'voting':
      return request.stage === 'scoring' ? projectScoring(data, request) : projectVoting(data, request);
    case 'results':
      return projectResults(data, request);
    case 'matrix':
      return projectMatrix(data, request);
    case 'outcomes':
      return projectOutcomes(data, request);
    case 'wrapUp':
      return projectWrapUp(data, request);
  }
}

const byName = new Intl.Collator('en-CA', { sensitivity: 'base', numeric: true });

function publicSession(s: WorkshopSession): { title: string; date: string; place: string } {
  return { title: s.title, date: s.date, place: s.place };
}

/** Today's session, else the next one; `after` skips today (the wrap-up announces the next meeting). */
function upcomingSession(sessions: readonly WorkshopSession[], today: string, after: boolean): WorkshopSession | undefined {
  return sessions
    .filter((s) => s.date !== '' && (after ? s.date > today : s.date >= today))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

function projectWelcome(data: PresentationData, request: ProjectionRequest): ScreenOf<'welcome'> {
  const partners = [...data.partners].sort((a, b) => byName.compare(a.name, b.name));
  const { shown, more } = take(partners, LAYOUT_LIMITS[request.textSize].partners);
  const session = upcomingSession(data.sessions, request.today, false);
  return {
    kind: 'welcome',
    municipality: data.plan.municipality,
    description: data.plan.description,
    partners: shown.map((p) => p.name),
    morePartners: more,
    session: session ? publicSession(session) : null,
  };
}

function projectCapture(data: PresentationData, request: ProjectionRequest): ScreenOf<'capture'> {
  const counts = Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>;
  for (const card of data.cards) counts[card.kind] += 1;
  const newestFirst = [...data.cards].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.order - a.order);
  const { shown } = take(newestFirst, LAYOUT_LIMITS[request.textSize].latestCards);
  return { kind: 'capture', total: data.cards.length, counts, latest: shown.map((c) => ({ id: c.id, text: c.text, kind: c.kind })) };
}

function projectGrouping(data: PresentationData, request: ProjectionRequest): ScreenOf<'grouping'> {
  const limits = LAYOUT_LIMITS[request.textSize];
  const risks = [...data.risks].sort((a, b) => a.order - b.order);
  const cardsOf = (riskId: string) => data.cards.filter((c) => c.riskId === riskId).sort((a, b) => a.order - b.order);
  const tiles = take(risks, limits.riskTiles);
  const focused = risks.find((r) => r.id === request.focusRiskId);
  const focusCards = focused ? take(cardsOf(focused.id), limits.focusCards) : null;
  const riskIds = new Set(risks.map((r) => r.id));
  return {
    kind: 'grouping',
    risks: tiles.shown.map((r) => ({ id: r.id, title: r.title, cards: cardsOf(r.id).length })),
    moreRisks: tiles.more,
    ungrouped: data.cards.filter((c) => c.riskId === null || !riskIds.has(c.riskId)).length,
    focus:
      focused && focusCards
        ? { id: focused.id, title: focused.title, cards: focusCards.shown.map((c) => ({ text: c.text, kind: c.kind })), moreCards: focusCards.more }
        : null,
  };
}

function ballot(data: PresentationData, limit: number): { shown: { id: string; title: string }[]; more: number } {
  // The order the facilitator gave the candidate risks, never an order derived from votes.
  const { shown, more } = take([...data.risks].sort((a, b) => a.order - b.order), limit);
  return { shown: shown.map((r) => ({ id: r.id, title: r.title })), more };
}

function projectVoting(data: PresentationData, request: ProjectionRequest): ScreenOf<'voting'> {
  const { round, dotsPerParticipant, maxDotsPerRisk } = data.plan.voting;
  const risks = ballot(data, LAYOUT_LIMITS[request.textSize].ballot);
  const voted = new Set(data.votes.filter((v) => v.round === round && v.dots > 0).map((v) => v.participantId));
  return {
    kind: 'voting',
    round,
    dotsPerParticipant,
    maxDotsPerRisk,
    risks: risks.shown,
    moreRisks: risks.more,
    voted: voted.size,
    voters: data.participants.length,
  };
}

function projectScoring(data: PresentationData, request: ProjectionRequest): ScreenOf<'scoring'> {
  const limits = LAYOUT_LIMITS[request.textSize];
  const criteria = take([...data.criteria].sort((a, b) => a.order - b.order), limits.criteria);
  const risks = ballot(data, limits.ballot);
  return {
    kind: 'scoring',
    method: data.plan.scoring.method,
    scaleMin: data.plan.scoring.scaleMin,
    scaleMax: data.plan.scoring.scaleMax,
    criteria: criteria.shown.map((c) => ({ name: c.name, description: c.description, weight: c.weight })),
    moreCriteria: criteria.more,
    risks: risks.shown,
    moreRisks: risks.more,
  };
}

function projectWrapUp(data: PresentationData, request: ProjectionRequest): ScreenOf<'wrapUp'> {
  const priorities = [...data.risks].filter((r) => r.isPriority).sort((a, b) => a.order - b.order);
  const { shown, more } = take(priorities, LAYOUT_LIMITS[request.textSize].priorities);
  const next = upcomingSession(data.sessions, request.today, true);
  return {
    kind: 'wrapUp',
    priorities: shown.map((r) => r.title),
    morePriorities: more,
    counts: {
      partners: data.partners.length,
      cards: data.cards.length,
      risks: data.risks.length,
      priorities: priorities.length,
      responses: data.responses.length,
      outcomes: data.outcomes.length,
    },
    session: next ? publicSession(next) : null,
  };
}
