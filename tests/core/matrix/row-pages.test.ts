import { describe, expect, test } from 'vitest';
import { pageContaining, pageOf } from '@core/matrix/row-pages';

const rows = Array.from({ length: 45 }, (_, i) => `risk ${i + 1}`);

describe('pages of matrix rows', () => {
  test('the first page holds the first rows, and says where it is', () => {
    const page = pageOf(rows, 0, 20);
    expect(page.items).toHaveLength(20);
    expect(page.items[0]).toBe('risk 1');
    expect(page).toMatchObject({ page: 0, pageCount: 3, first: 1, last: 20, total: 45 });
  });

  test('the last page holds what is left', () => {
    const page = pageOf(rows, 2, 20);
    expect(page.items).toEqual(['risk 41', 'risk 42', 'risk 43', 'risk 44', 'risk 45']);
    expect(page).toMatchObject({ page: 2, first: 41, last: 45 });
  });

  test('a page past the end shows the last page; before the start, the first', () => {
    expect(pageOf(rows, 9, 20)).toMatchObject({ page: 2, first: 41 });
    expect(pageOf(rows, -3, 20)).toMatchObject({ page: 0, first: 1 });
    expect(pageOf(rows, Number.NaN, 20)).toMatchObject({ page: 0, first: 1 });
  });

  test('fewer rows than a page: one page with all of them', () => {
    expect(pageOf(rows.slice(0, 3), 0, 20)).toMatchObject({ items: ['risk 1', 'risk 2', 'risk 3'], pageCount: 1, first: 1, last: 3 });
  });

  test('no rows: one empty page', () => {
    expect(pageOf([], 0, 20)).toEqual({ items: [], page: 0, pageCount: 1, first: 0, last: 0, total: 0 });
  });

  test('a page size must be a whole number from 1', () => {
    expect(() => pageOf(rows, 0, 0)).toThrow(RangeError);
    expect(() => pageOf(rows, 0, 2.5)).toThrow(RangeError);
  });

  test('the page holding a row', () => {
    expect(pageContaining(rows, (r) => r === 'risk 1', 20)).toBe(0);
    expect(pageContaining(rows, (r) => r === 'risk 20', 20)).toBe(0);
    expect(pageContaining(rows, (r) => r === 'risk 21', 20)).toBe(1);
    expect(pageContaining(rows, (r) => r === 'risk 45', 20)).toBe(2);
    expect(pageContaining(rows, (r) => r === 'nowhere', 20)).toBe(-1);
  });
});
