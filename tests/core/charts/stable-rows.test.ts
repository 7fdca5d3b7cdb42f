import { describe, expect, test } from 'vitest';
import { reuseUnchanged, sameData } from '@core/charts';

describe('sameData', () => {
  test('compares plain data deeply', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'x' }] })).toBe(true);
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
  });
});

describe('reuseUnchanged: rows keep their identity while their content is the same', () => {
  const row = (id: string, value: number) => ({ id, value, bySector: { police: value } });
  const idOf = (r: { id: string }) => r.id;

  test('the same content gives back the previous list itself', () => {
    const before = [row('a', 3), row('b', 2)];
    expect(reuseUnchanged(before, [row('a', 3), row('b', 2)], idOf)).toBe(before);
  });
  test('one changed row is new; the others are the previous objects, in the new order', () => {
    const before = [row('a', 3), row('b', 2), row('c', 1)];
    const after = reuseUnchanged(before, [row('c', 4), row('a', 3), row('b', 2)], idOf);
    expect(after).toEqual([row('c', 4), row('a', 3), row('b', 2)]);
    expect(after[0]).not.toBe(before[2]);
    expect(after[1]).toBe(before[0]);
    expect(after[2]).toBe(before[1]);
  });
  test('rows added or removed make a new list', () => {
    const before = [row('a', 3), row('b', 2)];
    const shorter = reuseUnchanged(before, [row('a', 3)], idOf);
    expect(shorter).not.toBe(before);
    expect(shorter[0]).toBe(before[0]);
    const longer = reuseUnchanged(before, [row('a', 3), row('b', 2), row('c', 1)], idOf);
    expect(longer).toHaveLength(3);
    expect(longer[1]).toBe(before[1]);
  });
  test('strings (ids, sector lists) are rows too', () => {
    const before = ['police', 'health'];
    expect(reuseUnchanged(before, ['police', 'health'], (s) => s)).toBe(before);
    expect(reuseUnchanged(before, ['health', 'police'], (s) => s)).toEqual(['health', 'police']);
  });
});
