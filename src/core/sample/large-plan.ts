/**
 * buildLargePlan: a seeded, consistent regional-size plan for the benchmarks (`npm run bench`).
 *
 * The full size is the limit the app is held to: about 120 organisations, 400 participants,
 * 6 sessions, 5,000 cards, 300 candidate risks, 20,000 dot votes, 20,000 scores, 1,500 responses
 * and 3,000 outcome measures. Every reference points at a record that exists and every ballot is
 * within the plan's voting rules, so the plan file decodes without a single repair and every
 * screen shows real data. Every risk is a priority so the matrix has 300 rows (a real plan has
 * 3 to 5; this is the stress case). Deterministic: the same seed and sizes give the same plan,
 * ids and clock included, so runs on two machines measure the same work.
 */
import { RISK_CATEGORIES, SECTORS } from '../catalogue';
import {
  OUTCOME_LEVELS,
  PLANNING_AREAS,
  RESPONSE_STATUSES,
  RESPONSE_TYPES,
  emptySnapshot,
  type CardKind,
  type Id,
  type PlanSnapshot,
  type RecordTable,
  type RecordTypes,
} from '../model';
import { newPlan, newRecord, type RecordContext } from '../records';

export interface LargePlanSizes {
  partners: number;
  participants: number;
  sessions: number;
  risks: number;
  cards: number;
  criteria: number;
  votes: number;
  scores: number;
  responses: number;
  outcomes: number;
}

/** The size a regional plan can reach: what the benchmark measures. */
export const LARGE_PLAN_SIZES: Readonly<LargePlanSizes> = {
  partners: 120,
  participants: 400,
  sessions: 6,
  risks: 300,
  cards: 5000,
  criteria: 4,
  votes: 20_000,
  scores: 20_000,
  responses: 1500,
  outcomes: 3000,
};

/** A few of everything: keeps the benchmark script exercised by `npm test` in seconds. */
export const TINY_PLAN_SIZES: Readonly<LargePlanSizes> = {
  partners: 4,
  participants: 8,
  sessions: 2,
  risks: 6,
  cards: 30,
  criteria: 4,
  votes: 24,
  scores: 40,
  responses: 12,
  outcomes: 12,
};

/** Dots each participant may still add on top of the generated ballot (the benchmark votes). */
export const SPARE_DOTS = 10;

/** Mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UUID-shaped ids (the app uses crypto.randomUUID), so keys weigh what real keys weigh. */
function seededContext(rnd: () => number): RecordContext {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  let clock = Date.UTC(2025, 8, 15, 13, 0, 0);
  return {
    newId: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`,
    // One second per record: createdAt orders records the way they were entered.
    now: () => new Date((clock += 1000)).toISOString(),
  };
}

const PLACES = ['North End', 'Downtown core', 'Riverside', 'East Township', 'Lakeshore', 'West Hills', 'Old Mill', 'Université', 'Saint-Joseph', 'Airport Road'];
const TOPICS = [
  'Overdose calls',
  'Youth mental health waitlists',
  'Intimate partner violence',
  'Renovictions and housing loss',
  'Isolated seniors in winter',
  'Hate graffiti and incidents',
  'Food bank visits by working families',
  'Chronic school absenteeism',
  'Youth vaping and cannabis use',
  'Fraud targeting seniors',
  'Gang recruitment of teens',
  'Encampments near the river',
  'Problem gambling',
  'Insécurité alimentaire des familles',
  'Santé mentale des jeunes francophones',
];
const SAYINGS = [
  'Calls have gone up since last winter',
  'The waitlist is now nine months long',
  'Families do not know the service exists',
  'There is no transit from the township to services in town',
  'Programs are funded one year at a time',
  'We cannot share client information without consent',
  'Les services en français sont presque inexistants',
  'The situation table sees this every week',
  'Volunteers are burning out',
  'Young people trust the Friendship Centre',
  'Landlords are filing evictions before any mediation',
  'The mobile crisis team only runs on weekdays',
];
const RESPONSE_TITLES = ['Mobile crisis team evenings', 'Peer mentoring', 'Landlord-tenant mediation', 'Naloxone distribution', 'After-school program', 'Situation table referrals', 'Healthy relationships curriculum', 'Seniors check-in calls', 'Housing-first units', 'Community safety walks'];
const ORG_KINDS = ['Community Health Centre', 'Police Service', 'School Board', 'Housing Corporation', 'Food Bank', 'Friendship Centre', "Seniors' Centre", 'Public Library', 'Youth Services', 'Victim Services'];
const GIVEN = ['Dana', 'Amir', 'Claire', 'Mark', 'Geneviève', 'Priya', 'Tom', 'Ruth', 'Sam', 'Lena', 'Jean-Marc', 'Aisha', 'Wei', 'Noah', 'Élodie', 'Kwame'];
const FAMILY = ['Rivera', 'Haddad', 'Tremblay', 'Osei', 'Lavoie', 'Nair', 'Kowalski', 'Bell', 'Okafor', 'Beaulieu', 'Nguyen', 'Gagnon', 'Singh', 'Roy', 'Martin', 'Côté'];
const CRITERIA = [
  { name: 'Prevalence', weight: 2 },
  { name: 'Severity', weight: 3 },
  { name: 'Community concern', weight: 1 },
  { name: 'Capacity to act', weight: 1 },
];
/** Cards are mostly risks, as in real sessions. */
const KIND_MIX: readonly CardKind[] = ['risk', 'risk', 'risk', 'risk', 'challenge', 'challenge', 'asset', 'asset', 'protectiveFactor', 'idea'];

export function buildLargePlan(sizes: Readonly<LargePlanSizes> = LARGE_PLAN_SIZES, seed = 2026): PlanSnapshot {
  const rnd = prng(seed);
  const int = (max: number) => Math.floor(rnd() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const ctx = seededContext(rnd);
  const plan = newPlan(
    {
      name: 'Regional CSWB plan 2026-2029 (benchmark)',
      municipality: 'Regional Municipality of Riverbend',
      description: 'Generated for npm run bench: the largest plan the app is built for.',
      voting: { dotsPerParticipant: votesPerParticipant(sizes) + SPARE_DOTS, maxDotsPerRisk: 2, round: 1, revealed: true },
      scoring: { method: 'weighted', scaleMin: 1, scaleMax: 5, revealed: true },
    },
    ctx,
  );
  const snap = emptySnapshot(plan);
  const add = <T extends RecordTable>(table: T, fields: Partial<RecordTypes[T]>): RecordTypes[T] => {
    const record = newRecord(table, plan.id, fields, ctx);
    (snap[table] as RecordTypes[T][]).push(record);
    return record;
  };

  const partners = Array.from({ length: sizes.partners }, (_, i) => {
    const sector = at(SECTORS, i);
    return add('partners', {
      name: `${at(PLACES, i)} ${at(ORG_KINDS, i * 7 + Math.floor(i / 10))} ${i + 1}`,
      sector: sector.id,
      seats: [...sector.seats],
      contactName: `${pick(GIVEN)} ${pick(FAMILY)}`,
      contactEmail: `contact${i + 1}@example.org`,
      consultationGroups: i % 5 === 0 ? ['youth'] : [],
    });
  });
  const participants = Array.from({ length: sizes.participants }, (_, i) => {
    const partner = i % 10 === 9 || partners.length === 0 ? null : at(partners, i);
    return add('participants', {
      name: `${at(GIVEN, i)} ${at(FAMILY, Math.floor(i / GIVEN.length))} ${i + 1}`,
      partnerId: partner?.id ?? null,
      sector: partner ? null : 'residents',
      consultationGroups: i % 7 === 0 ? ['racialized'] : [],
    });
  });
  const sessions = Array.from({ length: sizes.sessions }, (_, i) =>
    add('sessions', {
      title: `Session ${i + 1}: ${at(PLACES, i)}`,
      date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      place: `${at(PLACES, i)} community hall`,
      attendeeIds: participants.filter((_, p) => (p + i) % 2 === 0).map((p) => p.id),
    }),
  );
  for (let i = 0; i < Math.min(5, sizes.risks); i++) {
    add('catalogueEntries', { labelEn: `Local factor ${i + 1}`, labelFr: `Facteur local ${i + 1}`, parentCategory: at(RISK_CATEGORIES, i).id });
  }
  const risks = Array.from({ length: sizes.risks }, (_, i) =>
    add('risks', {
      title: `${at(TOPICS, i)} — ${at(PLACES, Math.floor(i / TOPICS.length))} #${i + 1}`,
      description: `${pick(SAYINGS)}.`,
      categories: [at(RISK_CATEGORIES, i).id, at(RISK_CATEGORIES, i + 11).id],
      isPriority: true,
      priorityDecision: { date: '2026-03-12', method: 'dotVoting', presentPartnerIds: partners.slice(0, 12).map((p) => p.id), note: '' },
      problemStatement: `${pick(SAYINGS)}; ${pick(SAYINGS).toLowerCase()}.`,
      vulnerableGroups: i % 3 === 0 ? 'Youth 12-17' : 'Seniors living alone',
      protectiveFactors: 'Strong volunteer culture and service clubs',
      order: i + 1,
    }),
  );
  const cards = Array.from({ length: sizes.cards }, (_, i) => {
    const participant = participants.length ? at(participants, i * 13) : null;
    const kind = at(KIND_MIX, i);
    return add('cards', {
      text: `${pick(SAYINGS)} (${at(TOPICS, i)}, ${at(PLACES, i * 3)})`,
      kind,
      participantId: participant?.id ?? null,
      partnerId: participant?.partnerId ?? null,
      sector: participant?.sector ?? null,
      sessionId: sessions.length ? at(sessions, i).id : null,
      // Risk cards are mostly grouped; the rest wait to be grouped.
      riskId: kind === 'risk' && risks.length && i % 5 !== 0 ? at(risks, i * 7).id : null,
      tags: i % 4 === 0 ? [`${at(RISK_CATEGORIES, i).id}`] : [],
      order: i + 1,
    });
  });
  const criteria = Array.from({ length: sizes.criteria }, (_, i) =>
    add('criteria', { name: at(CRITERIA, i).name, weight: at(CRITERIA, i).weight, order: i + 1 }),
  );
  addVotes(sizes, participants, risks, (fields) => add('votes', fields));
  addScores(sizes, participants, risks, criteria, int, (fields) => add('scores', fields));

  const assets = cards.filter((c) => c.kind === 'asset');
  const responses = risks.length
    ? Array.from({ length: sizes.responses }, (_, i) =>
        add('responses', {
          riskId: at(risks, i).id,
          area: at(PLANNING_AREAS, i + Math.floor(i / risks.length)),
          title: `${at(RESPONSE_TITLES, i)} ${i + 1}`,
          description: pick(SAYINGS),
          type: at(RESPONSE_TYPES, i),
          status: at(RESPONSE_STATUSES, i),
          leadPartnerId: partners.length ? at(partners, i).id : null,
          supportingPartnerIds: partners.length > 2 ? [at(partners, i + 1).id, at(partners, i + 2).id] : [],
          timeline: `202${6 + (i % 4)}`,
          sourceCardId: i % 3 === 0 && assets.length ? at(assets, i).id : null,
          order: i + 1,
        }),
      )
    : [];
  for (let i = 0; i < (responses.length ? sizes.outcomes : 0); i++) {
    const response = at(responses, i);
    add('outcomes', {
      riskId: response.riskId,
      responseId: response.id,
      statement: `Fewer ${at(TOPICS, i).toLowerCase()} in ${at(PLACES, i)}`,
      level: at(OUTCOME_LEVELS, i),
      indicator: 'Repeat calls per quarter',
      baseline: String(20 + (i % 30)),
      baselineDate: '2025',
      target: String(10 + (i % 10)),
      targetDate: '2029',
      dataSource: 'Police CAD data',
      collectionMethod: 'Quarterly extract',
      frequency: 'Quarterly',
      responsibility: 'CSWB coordinator',
    });
  }
  return snap;
}

/** Vote records per participant: the plan's votes spread evenly (at most one per risk). */
function votesPerParticipant(sizes: Readonly<LargePlanSizes>): number {
  if (sizes.participants === 0) return 0;
  return Math.min(sizes.risks, Math.ceil(sizes.votes / sizes.participants));
}

/**
 * One-dot votes in round 1, each participant on distinct risks: a stride coprime with the number
 * of risks walks distinct risks from a per-participant start.
 */
function addVotes(
  sizes: Readonly<LargePlanSizes>,
  participants: readonly { id: Id }[],
  risks: readonly { id: Id }[],
  add: (fields: Partial<RecordTypes['votes']>) => void,
): void {
  const perParticipant = votesPerParticipant(sizes);
  const stride = coprimeStride(risks.length);
  let made = 0;
  for (let p = 0; p < participants.length && made < sizes.votes; p++) {
    for (let k = 0; k < perParticipant && made < sizes.votes; k++, made++) {
      const risk = risks[(p * 31 + k * stride) % risks.length] as { id: Id };
      add({ riskId: risk.id, participantId: (participants[p] as { id: Id }).id, round: 1, dots: 1 });
    }
  }
}

/** Scores 1-5, at most one per rater, risk and criterion (raters are participants). */
function addScores(
  sizes: Readonly<LargePlanSizes>,
  participants: readonly { id: Id }[],
  risks: readonly { id: Id }[],
  criteria: readonly { id: Id }[],
  int: (max: number) => number,
  add: (fields: Partial<RecordTypes['scores']>) => void,
): void {
  const pairs = risks.length * criteria.length;
  const count = Math.min(sizes.scores, pairs * participants.length);
  for (let i = 0; i < count; i++) {
    const pair = i % pairs;
    const round = Math.floor(i / pairs);
    add({
      riskId: (risks[pair % risks.length] as { id: Id }).id,
      criterionId: (criteria[Math.floor(pair / risks.length)] as { id: Id }).id,
      raterId: (participants[(round + pair) % participants.length] as { id: Id }).id,
      value: 1 + int(5),
    });
  }
}

function coprimeStride(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let s = 7; s < n + 7; s++) if (gcd(s, n) === 1) return s;
  return 1;
}
