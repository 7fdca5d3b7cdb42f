import { describe, expect, test } from 'vitest';
import { spreadLabels, wrapLabel } from '@core/charts';

describe('wrapLabel', () => {
  test('wraps at spaces within the width; joining the lines with spaces gives the text back', () => {
    const lines = wrapLabel('Youth mental health and access to services', 20);
    expect(lines).toEqual(['Youth mental health', 'and access to', 'services']);
    expect(lines.join(' ')).toBe('Youth mental health and access to services');
  });
  test('a short text stays on one line; a long word is not cut', () => {
    expect(wrapLabel('Overdose', 20)).toEqual(['Overdose']);
    expect(wrapLabel('Supercalifragilistic expialidocious', 10)).toEqual(['Supercalifragilistic', 'expialidocious']);
  });
  test('beyond the line limit the last line ends with an ellipsis', () => {
    expect(wrapLabel('a b c d e f', 1, 3)).toEqual(['a', 'b', 'c…']);
  });
});

describe('spreadLabels', () => {
  test('overlapping labels are pushed below each other; distant ones do not move', () => {
    const offsets = spreadLabels([
      { id: 'b', x: 100, y: 105, width: 120, height: 20 }, // overlaps a: pushed to a's bottom (105 → top 115)
      { id: 'a', x: 110, y: 100, width: 120, height: 20 }, // top of the list: stays (top 90, bottom 110)
      { id: 'c', x: 400, y: 100, width: 120, height: 20 }, // far to the right: stays
      { id: 'd', x: 100, y: 300, width: 120, height: 20 },
    ]);
    // b: natural top 95; a's box ends at 110, plus the 2 px gap: 112, so b moves down 17 px.
    expect(offsets).toEqual({ a: 0, b: 17, c: 0, d: 0 });
  });
  test('a chain of collisions stacks the labels', () => {
    const offsets = spreadLabels([
      { id: 'a', x: 0, y: 10, width: 50, height: 10 },
      { id: 'b', x: 0, y: 10, width: 50, height: 10 },
      { id: 'c', x: 0, y: 10, width: 50, height: 10 },
    ]);
    expect(offsets).toEqual({ a: 0, b: 12, c: 24 });
  });
  test('labels are pushed off obstacles (other points’ markers)', () => {
    // The label box of a spans 10-30 vertically and 100-200 across; a marker sits at 150, 15-35.
    const offsets = spreadLabels([{ id: 'a', x: 100, y: 20, width: 100, height: 20 }], 2, [{ x: 150, y: 15, width: 30, height: 20 }]);
    expect(offsets).toEqual({ a: 27 }); // new top 37 = marker bottom 35 + gap 2
    const clear = spreadLabels([{ id: 'a', x: 100, y: 20, width: 40, height: 20 }], 2, [{ x: 150, y: 15, width: 30, height: 20 }]);
    expect(clear).toEqual({ a: 0 });
  });
});
