import { describe, expect, test } from 'vitest';
import { decodeCsvBytes, MAX_CSV_BYTES, parseCsv } from '@core/import';
import { fixture } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (s: string) => {
  const r = parseCsv(s);
  if (!r.ok) throw new Error(r.error);
  return r.csv;
};

describe('decoding bytes', () => {
  test('UTF-8 with a byte order mark: the mark is dropped', () => {
    const r = decodeCsvBytes(fixture('survey-utf8-bom.csv'));
    expect(r.ok && [r.encoding, r.hadBom, r.text.startsWith('Timestamp,')]).toEqual(['utf-8', true, true]);
  });
  test('UTF-8 without a mark', () => {
    const r = decodeCsvBytes(utf8('Comment\nSanté mentale\n'));
    expect(r.ok && [r.encoding, r.hadBom, r.text]).toEqual(['utf-8', false, 'Comment\nSanté mentale\n']);
  });
  test('Windows-1252 is detected when the bytes are not valid UTF-8', () => {
    const r = decodeCsvBytes(fixture('sondage-windows-1252.csv'));
    expect(r.ok && r.encoding).toBe('windows-1252');
    expect(r.ok && r.text).toContain('Catégorie de risque');
    expect(r.ok && r.text).toContain('Aînés isolés');
  });
  test('the user can force an encoding', () => {
    const r = decodeCsvBytes(utf8('Comment\nSanté\n'), 'windows-1252');
    expect(r.ok && r.text).toBe('Comment\nSantÃ©\n');
  });
  test('empty, binary, spreadsheet and oversized files are refused', () => {
    expect(decodeCsvBytes(fixture('survey-empty.csv'))).toEqual({ ok: false, error: 'empty' });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(decodeCsvBytes(fixture('survey.xlsx'))).toEqual({ ok: false, error: 'spreadsheet' });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0x6f, 0x00]))).toEqual({ ok: false, error: 'binary' });
    expect(decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41))).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('parsing CSV', () => {
  test('comma file with quoted commas, doubled quotes and line breaks; spreadsheet row numbers', () => {
    const r = decodeCsvBytes(fixture('survey-utf8-bom.csv'));
    const csv = parse(r.ok ? r.text : '');
    expect(csv.delimiter).toBe(',');
    expect(csv.headers).toEqual(['Timestamp', 'Organisation', 'Your name', 'Type of input', 'Comment', 'Risk category']);
    expect(csv.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(csv.rows[1]!.cells[4]).toBe('Landlord-tenant mediation, before eviction filings');
    expect(csv.rows[2]!.cells[4]).toBe('No transit from the township to services in town.\nThe last bus leaves at 5 p.m.');
    expect(csv.rows[3]!.cells[4]).toBe('Drop-in "Youth Night" every Friday');
  });
  test('semicolon file (French Excel) with a quoted semicolon', () => {
    const r = decodeCsvBytes(fixture('sondage-windows-1252.csv'));
    const csv = parse(r.ok ? r.text : '');
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toHaveLength(6);
    expect(csv.rows[2]!.cells[4]).toBe('Épicerie solidaire; prix réduits pour les familles');
  });
  test('blank lines are skipped but keep row numbers honest; blank and repeated headers get names', () => {
    const csv = parse('Comment,,Comment\n\na,b,c\n\n\nd,e,f\n');
    expect(csv.headers).toEqual(['Comment', '#2', 'Comment (2)']);
    expect(csv.rows.map((row) => [row.rowNumber, row.cells[0]])).toEqual([
      [3, 'a'],
      [6, 'd'],
    ]);
  });
  test('a one-column file', () => {
    expect(parse('Comment\nFood bank visits doubled\n').rows).toEqual([{ rowNumber: 2, cells: ['Food bank visits doubled'] }]);
  });
  test('an unclosed quote is refused with the row where it opens', () => {
    const r = decodeCsvBytes(fixture('survey-unclosed-quote.csv'));
    expect(parseCsv(r.ok ? r.text : '')).toEqual({ ok: false, error: 'unclosedQuote', rowNumber: 3 });
  });
  test('a header without rows, and nothing at all', () => {
    expect(parseCsv('Organisation,Comment\r\n')).toEqual({ ok: false, error: 'onlyHeader' });
    expect(parseCsv('\n\n')).toEqual({ ok: false, error: 'noRows' });
  });
  test('too many rows', () => {
    expect(parseCsv(`Comment\n${'x\n'.repeat(10_001)}`)).toEqual({ ok: false, error: 'tooManyRows' });
  });
});
