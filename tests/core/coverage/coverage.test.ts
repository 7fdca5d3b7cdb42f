import { describe, expect, test } from 'vitest';
import { newRecord } from '@core/records';
import { computeCoverage, defaultSessionId, summariseRiskSources } from '@core/coverage';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { peopleLookup } from '@core/search';
import { counterContext } from '../helpers/builders';
import { participant, partner, PLAN_ID } from '../helpers/records';

const ctx = counterContext('s');
const session = (id: string, attendeeIds: string[]) => newRecord('sessions', PLAN_ID, { id, title: id, attendeeIds }, ctx);

describe('coverage of seats, groups and sectors', () => {
  const partners = [
    partner('police', 'police', { seats: ['policeBoard'] }),
    partner('hospital', 'health', { seats: ['health'] }),
    partner('cmha', 'mentalHealth', { seats: ['health'], consultationGroups: ['livedExperienceMha'] }),
    partner('board', 'education', { seats: ['education'], consultationGroups: ['youth'] }),
    partner('town', 'municipal', { seats: ['municipality', 'communityServices'] }),
  ];
  const participants = [
    participant('rivera', 'police'),
    participant('haddad', 'hospital'),
    participant('osei', 'board'),
    { ...participant('elder', null, 'indigenous'), consultationGroups: ['indigenous'] },
  ];
  const sessions = [session('s1', ['rivera', 'haddad', 'osei', 'elder']), session('s2', ['rivera', 'gone']), session('s3', [])];
  const coverage = computeCoverage(partners, participants, sessions);

  test('seats filled by which organisations, and the missing ones named', () => {
    expect(coverage.seats.map((s) => [s.seat, s.partnerIds])).toEqual([
      ['health', ['hospital', 'cmha']],
      ['education', ['board']],
      ['communityServices', ['town']],
      ['childYouthServices', []],
      ['youthCustodial', []],
      ['municipality', ['town']],
      ['policeBoard', ['police']],
    ]);
    expect(coverage.missingSeats).toEqual(['childYouthServices', 'youthCustodial']);
  });
  test('consultation groups reached through organisations or people', () => {
    expect(coverage.groups.find((g) => g.group === 'indigenous')).toEqual({ group: 'indigenous', partnerIds: [], participantIds: ['elder'] });
    expect(coverage.groups.find((g) => g.group === 'youth')?.partnerIds).toEqual(['board']);
    expect(coverage.missingGroups).toEqual(['racialized']);
  });
  test('sectors present, in catalogue order, including a person speaking for a sector', () => {
    expect(coverage.sectorsPresent).toEqual(['police', 'health', 'mentalHealth', 'education', 'municipal', 'indigenous']);
    expect(coverage.sectorsAbsent).toContain('childrenYouth');
    expect(coverage.sectorsAbsent).not.toContain('police');
    expect(coverage.sectorsAbsent).toHaveLength(21 - 6);
  });
  test('per session: attendees, their sectors and the seats nobody represented', () => {
    expect(coverage.sessions).toEqual([
      { sessionId: 's1', attendeeCount: 4, sectors: ['police', 'health', 'education', 'indigenous'], seatsAbsent: ['communityServices', 'childYouthServices', 'youthCustodial', 'municipality'] },
      // A deleted participant in the attendance list is ignored.
      { sessionId: 's2', attendeeCount: 1, sectors: ['police'], seatsAbsent: ['health', 'education', 'communityServices', 'childYouthServices', 'youthCustodial', 'municipality'] },
      { sessionId: 's3', attendeeCount: 0, sectors: [], seatsAbsent: ['health', 'education', 'communityServices', 'childYouthServices', 'youthCustodial', 'municipality', 'policeBoard'] },
    ]);
  });
  test('an empty plan misses everything', () => {
    const empty = computeCoverage([], [], []);
    expect(empty.missingSeats).toHaveLength(7);
    expect(empty.missingGroups).toHaveLength(4);
    expect(empty.sectorsPresent).toEqual([]);
  });
  test('Riverbend: all seven seats filled; racialized groups not reached; session 3 without community services', () => {
    const rb = buildRiverbendSample(counterContext('rb'));
    const c = computeCoverage(rb.partners, rb.participants, rb.sessions);
    expect(c.missingSeats).toEqual([]);
    expect(c.missingGroups).toEqual(['racialized']);
    expect(c.sessions.map((s) => s.attendeeCount)).toEqual([10, 10, 9]);
    // The police board seat is held by the police service's participant; custodial services had nobody in the room.
    expect(c.sessions[0]!.seatsAbsent).toEqual(['youthCustodial']);
    expect(c.sessions[2]!.seatsAbsent).toEqual(['communityServices', 'youthCustodial']);
  });
});

describe('who raised a candidate risk', () => {
  const people = peopleLookup(
    [partner('police', 'police', { name: 'Police' }), partner('cmha', 'mentalHealth', { name: 'CMHA' })],
    [participant('rivera', 'police')],
  );
  const card = (fields: Record<string, unknown>) => newRecord('cards', PLAN_ID, { text: 'x', ...fields }, ctx);
  test('organisations, people, sectors, kinds, anonymous count and tag categories by use', () => {
    const s = summariseRiskSources(
      [
        card({ kind: 'risk', participantId: 'rivera', tags: ['drugs.overdose', 'drugs.person'] }),
        card({ kind: 'risk', partnerId: 'cmha', tags: ['mentalHealth', 'drugs'] }),
        card({ kind: 'asset', partnerId: 'police', tags: ['alcohol.person'] }),
        card({ kind: 'idea', sector: 'faith', tags: ['drugs.home', 'alcohol.home'] }),
        card({ kind: 'idea' }),
      ],
      people,
    );
    expect(s.partnerIds).toEqual(['police', 'cmha']);
    expect(s.participantIds).toEqual(['rivera']);
    expect(s.sectors).toEqual(['police', 'mentalHealth', 'faith']);
    expect(s.anonymousCount).toBe(1);
    expect(s.kindCounts).toEqual({ risk: 2, asset: 1, idea: 2 });
    expect(s.tagCategories).toEqual(['drugs', 'alcohol', 'mentalHealth']);
  });
});

describe('the session new cards go to', () => {
  const s = (id: string, date: string) => newRecord('sessions', PLAN_ID, { id, title: id, date }, ctx);
  const sessions = [s('s3', '2025-11-04'), s('s1', '2025-10-07'), s('s2', '2025-10-21'), s('undated', '')];
  test("today's session, else the latest held, else the first planned", () => {
    expect(defaultSessionId(sessions, new Date('2025-10-21T15:00:00Z'))).toBe('s2');
    expect(defaultSessionId(sessions, new Date('2025-10-30T15:00:00Z'))).toBe('s2');
    expect(defaultSessionId(sessions, new Date('2026-01-01T15:00:00Z'))).toBe('s3');
    expect(defaultSessionId(sessions, new Date('2025-09-01T15:00:00Z'))).toBe('s1');
  });
  test('undated sessions only when nothing is dated; none without sessions', () => {
    expect(defaultSessionId([s('a', ''), s('b', '')], new Date('2025-10-21T15:00:00Z'))).toBe('a');
    expect(defaultSessionId([], new Date())).toBeNull();
  });
});
