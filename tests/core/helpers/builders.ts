/**
 * Builders for valid plans in tests: a counter id + fixed clock context, and a seeded generator
 * of consistent snapshots of many shapes (sizes, unicode, long strings) for round-trip tests.
 */
import {
  CARD_KINDS,
  OUTCOME_LEVELS,
  PLANNING_AREAS,
  RESPONSE_STATUSES,
  RESPONSE_TYPES,
  emptySnapshot,
  type PlanSnapshot,
  type RecordTable,
  type RecordTypes,
} from '@core/model';
import { newPlan, newRecord, type RecordContext } from '@core/records';

export const FIXED_NOW = '2025-10-07T13:00:00.000Z';

/** Ids `${prefix}-1`, `${prefix}-2`... and a clock that never moves. */
export function counterContext(prefix = 'id', now = FIXED_NOW): RecordContext {
  let n = 0;
  return { newId: () => `${prefix}-${++n}`, now: () => now };
}

/** A tiny deterministic PRNG (mulberry32), so generated plans are reproducible from a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that stresses JSON: accents, emoji and ZWJ sequences, RTL, syllabics, escapes, separators. */
const FRAGMENTS = [
  'Overdose calls',
  'développement social',
  'Île-des-Chênes',
  '😀👩🏽‍⚕️🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום עולם',
  'ᐊᓂᔑᓈᐯᒧᐎᓐ',
  '"quoted"',
  'back\\slash',
  'line\nbreak\ttab',
  '\u2028\u2029',
  '\ud800 lone surrogate',
  '<script>alert(1)</script>',
  '__proto__',
  '',
  ' ',
];

export interface GeneratedSizes {
  partners: number;
  participants: number;
  sessions: number;
  risks: number;
  cards: number;
  criteria: number;
  responses: number;
}

export function randomSnapshot(seed: number, sizes: Partial<GeneratedSizes> = {}): PlanSnapshot {
  const rnd = prng(seed);
  const int = (max: number) => Math.floor(rnd() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const maybe = <T>(list: readonly T[]): T | null => (list.length === 0 || rnd() < 0.3 ? null : pick(list));
  const text = () => Array.from({ length: int(4) }, () => pick(FRAGMENTS)).join(' ');
  const some = <T>(list: readonly T[]) => list.filter(() => rnd() < 0.3);
  const count = (key: keyof GeneratedSizes) => sizes[key] ?? int(6);
  const ctx = counterContext(`s${seed}`);
  const plan = newPlan({ name: text(), municipality: text(), description: text() }, ctx);
  const snap = emptySnapshot(plan);
  const rec = <T extends RecordTable>(table: T, fields: Partial<RecordTypes[T]>) =>
    newRecord(table, plan.id, fields, ctx);

  snap.partners = Array.from({ length: count('partners') }, () =>
    rec('partners', { name: text(), sector: pick(['police', 'health', 'education', 'custom-sector']), seats: some(['health', 'education', 'policeBoard']), notes: text() }),
  );
  const partnerIds = snap.partners.map((p) => p.id);
  snap.participants = Array.from({ length: count('participants') }, () =>
    rec('participants', { name: text(), partnerId: maybe(partnerIds), sector: rnd() < 0.5 ? null : 'residents', consultationGroups: some(['youth', 'indigenous']) }),
  );
  const participantIds = snap.participants.map((p) => p.id);
  snap.sessions = Array.from({ length: count('sessions') }, (_, i) =>
    rec('sessions', { title: text(), date: i % 2 === 0 ? '' : '2025-10-21', place: text(), attendeeIds: some(participantIds) }),
  );
  snap.catalogueEntries = [rec('catalogueEntries', { labelEn: text(), labelFr: text(), parentCategory: rnd() < 0.5 ? null : 'drugs' })];
  snap.risks = Array.from({ length: count('risks') }, (_, i) =>
    rec('risks', {
      title: text(),
      categories: some(['drugs', 'housing', snap.catalogueEntries[0]!.id]),
      isPriority: rnd() < 0.4,
      priorityDecision: rnd() < 0.5 ? null : { date: '2025-10-21', method: 'weighted', presentPartnerIds: some(partnerIds), note: text() },
      problemStatement: text(),
      order: i + rnd(),
    }),
  );
  const riskIds = snap.risks.map((r) => r.id);
  const sessionIds = snap.sessions.map((s) => s.id);
  snap.cards = Array.from({ length: count('cards') }, (_, i) =>
    rec('cards', { text: text(), kind: pick(CARD_KINDS), participantId: maybe(participantIds), partnerId: maybe(partnerIds), sector: rnd() < 0.5 ? null : 'health', sessionId: maybe(sessionIds), riskId: maybe(riskIds), tags: some(['drugs.overdose', 'housing.eviction']), order: i }),
  );
  snap.criteria = Array.from({ length: count('criteria') }, (_, i) =>
    rec('criteria', { name: text(), weight: int(4), role: rnd() < 0.5 ? null : 'A', order: i }),
  );
  const raters = [...participantIds, ...partnerIds];
  for (const riskId of riskIds) {
    for (const criterion of snap.criteria) {
      if (raters.length > 0 && rnd() < 0.7) snap.scores.push(rec('scores', { riskId, criterionId: criterion.id, raterId: pick(raters), value: 1 + int(5) }));
    }
    if (participantIds.length > 0 && rnd() < 0.7) snap.votes.push(rec('votes', { riskId, participantId: pick(participantIds), round: 1 + int(2), dots: 1 + int(2) }));
  }
  const cardIds = snap.cards.map((c) => c.id);
  if (riskIds.length > 0) {
    snap.responses = Array.from({ length: count('responses') }, (_, i) =>
      rec('responses', { riskId: pick(riskIds), area: pick(PLANNING_AREAS), title: text(), type: pick(RESPONSE_TYPES), status: pick(RESPONSE_STATUSES), leadPartnerId: maybe(partnerIds), supportingPartnerIds: some(partnerIds), sourceCardId: maybe(cardIds), order: i }),
    );
  }
  const responseIds = snap.responses.map((r) => r.id);
  snap.outcomes = responseIds.slice(0, 2).map((responseId) =>
    rec('outcomes', { riskId: maybe(riskIds), responseId, statement: text(), level: pick(OUTCOME_LEVELS), indicator: text(), baseline: '41', target: '25' }),
  );
  return snap;
}
