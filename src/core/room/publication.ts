/**
 * Builds what phones may see (`RoomContent`) from the plan's records. Only what participants need
 * goes in: organisation names (never contacts or notes), the risks on the current ballot, the
 * criteria being scored, and each room participant's OWN dots and scores (never anyone else's,
 * never totals). The facilitator's screen calls this whenever the plan changes and publishes it.
 */
import type { Criterion, Partner, Plan, Risk, Score, Vote, WorkshopSession } from '../model';
import { ballotRisks, criterionScale } from '../scoring';
import { scoreKey, type RoomContent } from './schemas';

export interface SectorLabel {
  id: string;
  en: string;
  fr: string;
}

export interface ContentSource {
  plan: Plan;
  session: WorkshopSession | null;
  partners: readonly Partner[];
  sectors: readonly SectorLabel[];
  /** Candidate risks in display order. */
  risks: readonly Risk[];
  votes: readonly Vote[];
  /** Criteria in display order. */
  criteria: readonly Criterion[];
  scores: readonly Score[];
  /** Room participant id -> the plan's participant id created when they joined. */
  members: ReadonlyMap<string, string>;
  /** The last submission already applied to the records above. */
  appliedThrough: number;
}

export function buildRoomContent(src: ContentSource): RoomContent {
  const { plan } = src;
  const onBallot = new Set(ballotRisks([...src.risks], [...src.votes], plan.voting.round));
  const titled = (r: Risk) => ({ id: r.id, title: r.title });
  const byParticipant = new Map<string, string>(); // plan participant -> room participant
  for (const [roomId, participantId] of src.members) byParticipant.set(participantId, roomId);

  const ballots: RoomContent['ballots'] = {};
  for (const v of src.votes) {
    const roomId = byParticipant.get(v.participantId);
    if (!roomId || v.round !== plan.voting.round || v.dots <= 0 || v.planId !== plan.id) continue;
    (ballots[roomId] ??= {})[v.riskId] = v.dots;
  }
  const scores: RoomContent['scores'] = {};
  for (const s of src.scores) {
    const roomId = byParticipant.get(s.raterId);
    if (!roomId || s.planId !== plan.id) continue;
    (scores[roomId] ??= {})[scoreKey(s.riskId, s.criterionId)] = s.value;
  }

  return {
    title: plan.name || plan.municipality,
    sessionTitle: src.session?.title ?? '',
    partners: [...src.partners].map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    sectors: src.sectors.map((s) => ({ ...s })),
    voting: {
      round: plan.voting.round,
      dotsPerParticipant: plan.voting.dotsPerParticipant,
      maxDotsPerRisk: plan.voting.maxDotsPerRisk,
      risks: src.risks.filter((r) => onBallot.has(r.id)).map(titled),
    },
    scoring: {
      risks: src.risks.map(titled),
      criteria: src.criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, ...criterionScale(c, plan.scoring) })),
    },
    ballots,
    scores,
    appliedThrough: src.appliedThrough,
  };
}
