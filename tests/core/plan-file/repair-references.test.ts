import { describe, expect, test } from 'vitest';
import { card, decodeDamaged } from './fixtures';

const codes = (result: { repairs: { code: string; path: string }[] }) => result.repairs.map((r) => `${r.code} ${r.path}`);

describe('ids', () => {
  test('duplicates get `${id}~n`; the first keeps the id and references resolve to it', () => {
    const result = decodeDamaged((f) => {
      f.records.risks!.push({ ...f.records.risks![0]!, title: 'copy 1' }, { ...f.records.risks![0]!, title: 'copy 2' });
    });
    expect(result.snapshot.risks.map((r) => [r.id, r.title])).toEqual([
      ['id-6', 'Substance use and overdose'],
      ['id-7', 'Housing instability'],
      ['id-6~2', 'copy 1'],
      ['id-6~3', 'copy 2'],
    ]);
    expect(result.snapshot.cards[0]?.riskId).toBe('id-6');
    expect(codes(result)).toEqual(['duplicateId records.risks[2].id', 'duplicateId records.risks[3].id']);
    expect(result.repairs[0]?.message).toBe('Id "id-6" is already used in risks; given the id "id-6~2".');
  });
  test('a fresh id skips ids already in the file, in any table', () => {
    const result = decodeDamaged((f) => {
      f.records.risks!.push({ ...f.records.risks![0]! });
      card(f).id = 'id-6~2'; // a card already uses the obvious fresh id
    });
    expect(result.snapshot.risks[2]?.id).toBe('id-6~3');
  });
  test('the same id in two tables is not a duplicate', () => {
    const result = decodeDamaged((f) => {
      card(f).id = 'id-6';
      f.records.responses![0]!.sourceCardId = 'id-6';
    });
    expect(result.repairs).toEqual([]);
    expect(result.snapshot.cards[0]?.id).toBe('id-6');
  });
  test('a record without a usable id is kept with `${table}-${index}`', () => {
    const result = decodeDamaged((f) => {
      f.records.cards!.push({ ...card(f), id: '' }, { ...card(f), id: 12 });
      delete card(f).id;
    });
    expect(result.snapshot.cards.map((c) => c.id)).toEqual(['cards-0', 'cards-1', 'cards-2']);
    expect(codes(result)).toEqual([
      'defaulted records.cards[0].id',
      'defaulted records.cards[1].id',
      'defaulted records.cards[2].id',
      // The response's source card was id-8, which no longer exists.
      'danglingReference records.responses[0].sourceCardId',
    ]);
  });
});

describe('dangling references', () => {
  test('optional references are cleared', () => {
    const result = decodeDamaged((f) => {
      Object.assign(card(f), { riskId: 'gone', participantId: 'gone', partnerId: 'gone', sessionId: 'gone' });
      f.records.participants![0]!.partnerId = 'gone';
      Object.assign(f.records.responses![0]!, { leadPartnerId: 'gone', sourceCardId: 'gone' });
      f.records.outcomes![0]!.responseId = 'gone';
    });
    expect(result.snapshot.cards[0]).toMatchObject({ riskId: null, participantId: null, partnerId: null, sessionId: null });
    expect(result.snapshot.participants[0]?.partnerId).toBeNull();
    expect(result.snapshot.responses[0]).toMatchObject({ leadPartnerId: null, sourceCardId: null });
    expect(result.snapshot.outcomes[0]?.responseId).toBeNull();
    expect(result.repairs.every((r) => r.code === 'danglingReference')).toBe(true);
    expect(result.repairs).toHaveLength(8);
    expect(result.repairs).toContainEqual({
      code: 'danglingReference',
      path: 'records.cards[0].riskId',
      message: 'No risk with id "gone"; reference cleared.',
    });
  });
  test('id lists lose the missing ids', () => {
    const result = decodeDamaged((f) => {
      f.records.sessions![0]!.attendeeIds = ['id-4', 'ghost'];
      f.records.responses![0]!.supportingPartnerIds = ['ghost', 'id-3', 'id-2'];
      f.records.risks![0]!.priorityDecision = { date: '', method: 'weighted', presentPartnerIds: ['id-2', 'ghost'], note: '' };
    });
    expect(result.snapshot.sessions[0]?.attendeeIds).toEqual(['id-4']);
    expect(result.snapshot.responses[0]?.supportingPartnerIds).toEqual(['id-3', 'id-2']);
    expect(result.snapshot.risks[0]?.priorityDecision?.presentPartnerIds).toEqual(['id-2']);
    expect(codes(result)).toEqual([
      'danglingReference records.sessions[0].attendeeIds',
      'danglingReference records.risks[0].priorityDecision.presentPartnerIds',
      'danglingReference records.responses[0].supportingPartnerIds',
    ]);
  });
  test('votes, scores and responses about a missing risk are dropped', () => {
    const result = decodeDamaged((f) => {
      f.records.votes![0]!.riskId = 'gone';
      f.records.scores![0]!.riskId = 'gone';
      f.records.responses![0]!.riskId = 'gone';
    });
    expect(result.snapshot.votes).toEqual([]);
    expect(result.snapshot.scores).toEqual([]);
    expect(result.snapshot.responses).toEqual([]);
    // The outcome pointed at the dropped response: its reference is cleared in turn.
    expect(result.snapshot.outcomes[0]?.responseId).toBeNull();
    expect(codes(result)).toEqual([
      'droppedRecord records.scores[0]',
      'droppedRecord records.votes[0]',
      'droppedRecord records.responses[0]',
      'danglingReference records.outcomes[0].responseId',
    ]);
  });
  test('dropping a broken risk cascades to what hangs on it', () => {
    const result = decodeDamaged((f) => (f.records.risks![0] = 'broken' as never));
    expect(result.snapshot.risks.map((r) => r.id)).toEqual(['id-7']);
    expect(result.snapshot.cards[0]?.riskId).toBeNull();
    expect(result.snapshot.votes).toEqual([]);
    expect(result.snapshot.scores).toEqual([]);
    expect(result.snapshot.outcomes[0]).toMatchObject({ riskId: null, responseId: null });
  });
  test('a score may be given by a partner; a rater that exists nowhere drops it', () => {
    const byPartner = decodeDamaged((f) => (f.records.scores![0]!.raterId = 'id-3'));
    expect(byPartner.repairs).toEqual([]);
    const byNobody = decodeDamaged((f) => (f.records.scores![0]!.raterId = 'ghost'));
    expect(byNobody.snapshot.scores).toEqual([]);
    expect(codes(byNobody)).toEqual(['droppedRecord records.scores[0]']);
  });
  test('a vote by a missing participant or a score on a missing criterion is dropped', () => {
    const result = decodeDamaged((f) => {
      f.records.votes![0]!.participantId = 'ghost';
      f.records.scores![0]!.criterionId = 'ghost';
    });
    expect(result.snapshot.votes).toEqual([]);
    expect(result.snapshot.scores).toEqual([]);
  });
});
