import { describe, expect, test } from 'vitest';
import { rankRisks } from '@core/scoring';

const item = (title: string, value: number | null, tier = 0) => ({ title, value, tier });
const summary = (ranked: ReturnType<typeof rankRisks<ReturnType<typeof item>>>) =>
  ranked.map((r) => `${r.rank ?? '-'}${r.tied ? '=' : ''} ${r.item.title}`);

describe('rankRisks', () => {
  test('competition ranking 1, 1, 3, 3, 5 with ties flagged; no key goes last without a rank', () => {
    const items = [item('Housing', 3), item('Overdose', 5), item('none', null), item('beta', 5), item('Food', 1), item('Alpha', 3)];
    expect(summary(rankRisks(items, (i) => i.value))).toEqual(['1= beta', '1= Overdose', '3= Alpha', '3= Housing', '5 Food', '- none']);
  });
  test('ties are ordered by title (case-insensitive, numbers in order), then input order', () => {
    const items = [item('Risk 10', 2), item('risk 9', 2), item('Risk 9', 2)];
    expect(summary(rankRisks(items, (i) => i.value))).toEqual(['1= risk 9', '1= Risk 9', '1= Risk 10']);
  });
  test('floating-point noise does not break a tie', () => {
    const items = [item('A', 0.1 + 0.2), item('B', 0.3)];
    expect(rankRisks(items, (i) => i.value).map((r) => r.rank)).toEqual([1, 1]);
  });
  test('a lower tier ranks first whatever its key', () => {
    const items = [item('High but failing', 60, 1), item('Low', 16, 0), item('Mid', 32, 0)];
    expect(summary(rankRisks(items, (i) => i.value, { tier: (i) => i.tier }))).toEqual(['1 Mid', '2 Low', '3 High but failing']);
  });
  test('same key in different tiers is not a tie', () => {
    const items = [item('A', 5, 0), item('B', 5, 1)];
    expect(summary(rankRisks(items, (i) => i.value, { tier: (i) => i.tier }))).toEqual(['1 A', '2 B']);
  });
  test('empty input', () => expect(rankRisks([], () => 1)).toEqual([]));
});
