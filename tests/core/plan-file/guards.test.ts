import { describe, expect, test } from 'vitest';
import { emptySnapshot } from '@core/model';
import { newPlan } from '@core/records';
import { decodePlanFile, encodePlanFile, MAX_PLAN_FILE_CHARS } from '@core/plan-file';
import { decodeWithOptions } from '@core/plan-file/decode';
import { MIGRATIONS } from '@core/plan-file/migrations';
import { counterContext } from '../helpers/builders';

const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };
const validText = encodePlanFile(emptySnapshot(newPlan({ name: 'Riverbend' }, counterContext())), META);
const validFile = JSON.parse(validText) as Record<string, unknown>;
const decodeJson = (value: unknown) => decodePlanFile(JSON.stringify(value));
const errorOf = (result: ReturnType<typeof decodePlanFile>) => (result.ok ? null : result.error);

describe('size, emptiness and binary', () => {
  test('refuses text longer than the limit before parsing', () => {
    expect(MAX_PLAN_FILE_CHARS).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const huge = ' '.repeat(MAX_PLAN_FILE_CHARS + 1);
    expect(errorOf(decodePlanFile(huge))).toEqual({ kind: 'tooLarge', chars: MAX_PLAN_FILE_CHARS + 1, limit: MAX_PLAN_FILE_CHARS });
  });
  test.each(['', '   \n\t', '\uFEFF', '\uFEFF \r\n'])('empty input %j', (text) => {
    expect(errorOf(decodePlanFile(text))).toEqual({ kind: 'empty' });
  });
  test.each([
    ['a PNG header', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'],
    ['a ZIP header', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['UTF-16 read as UTF-8', '{\u0000"\u0000f\u0000'],
  ])('binary data: %s', (_, text) => {
    expect(errorOf(decodePlanFile(text))?.kind).toBe('notAPlanFile');
  });
  test('a leading byte-order mark is ignored', () => {
    expect(decodePlanFile(`\uFEFF${validText}`).ok).toBe(true);
  });
  test('non-string input is not a plan file', () => {
    expect(errorOf(decodePlanFile(42 as unknown as string))?.kind).toBe('notAPlanFile');
  });
});

describe('JSON syntax', () => {
  test('reports the parser message and, when known, the position', () => {
    expect(errorOf(decodePlanFile('{"format":1'))).toEqual({
      kind: 'notJson',
      message: expect.stringContaining('JSON') as string,
      position: 11,
    });
  });
  test('the position counts a skipped byte-order mark', () => {
    const error = errorOf(decodePlanFile('\uFEFF{"format":1'));
    expect(error?.kind === 'notJson' && error.position).toBe(12);
  });
  test('plain prose is not JSON', () => {
    expect(errorOf(decodePlanFile('Riverbend plan, final draft'))?.kind).toBe('notJson');
  });
});

describe('depth and forbidden keys', () => {
  const nest = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  test('accepts 64 levels, refuses 65 (the root object is level 1)', () => {
    const at = (levels: number) => `{"format":"cswb-plan","formatVersion":1,"x":${nest(levels - 1)}}`;
    expect(errorOf(decodePlanFile(at(64)))?.kind).not.toBe('tooDeep');
    expect(errorOf(decodePlanFile(at(65)))).toEqual({ kind: 'tooDeep', depth: 65, limit: 64 });
  });
  test('100,000 levels fail cleanly, without a stack overflow', () => {
    expect(errorOf(decodePlanFile(nest(100_000)))).toEqual({ kind: 'tooDeep', depth: 65, limit: 64 });
  });
  test.each([
    ['__proto__', '{"__proto__":{"polluted":true},"format":"cswb-plan"}', ''],
    ['constructor', '{"records":{"cards":[{"id":"c1"},{"constructor":{"prototype":1}}]}}', 'records.cards[1]'],
    ['prototype', '{"plan":{"voting":{"prototype":{}}}}', 'plan.voting'],
  ])('%s is refused wherever it appears', (key, text, path) => {
    expect(errorOf(decodePlanFile(text))).toEqual({ kind: 'forbiddenKey', key, path });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('forbidden words as values are fine', () => {
    const file = structuredClone(validFile);
    (file.plan as Record<string, unknown>).name = '__proto__ constructor prototype';
    expect(decodeJson(file).ok).toBe(true);
  });
});

describe('envelope and version', () => {
  test.each([
    ['a list', []],
    ['a number', 42],
    ['null', null],
    ['no format', { formatVersion: 1 }],
    ['another format', { format: 'excalidraw', formatVersion: 1 }],
    ['a text version', { format: 'cswb-plan', formatVersion: '1' }],
    ['a fractional version', { format: 'cswb-plan', formatVersion: 1.5 }],
    ['version 0', { format: 'cswb-plan', formatVersion: 0 }],
    ['a negative version', { format: 'cswb-plan', formatVersion: -3 }],
  ])('%s is not a plan file', (_, value) => {
    expect(errorOf(decodeJson(value))?.kind).toBe('notAPlanFile');
  });
  test('a newer version is refused as tooNew', () => {
    expect(errorOf(decodeJson({ ...validFile, formatVersion: 2 }))).toEqual({ kind: 'tooNew', formatVersion: 2, supported: 1 });
  });
  test('versions compare as integers (10 is newer than 9)', () => {
    const result = decodeWithOptions(JSON.stringify({ ...validFile, formatVersion: 10 }), { migrations: MIGRATIONS, currentVersion: 9 });
    expect(errorOf(result)).toEqual({ kind: 'tooNew', formatVersion: 10, supported: 9 });
  });
});
