import { describe, expect, test } from 'vitest';
import {
  decodeCsvBytes,
  EMPTY_MAPPING,
  findDuplicates,
  guessMapping,
  organisationsToCreate,
  parseCsv,
  prepareImport,
  rowsToImport,
  type ExistingRecords,
  type ParsedCsv,
} from '@core/import';
import { participant, partner } from '../helpers/records';
import { fixture, vocabulary } from './helpers';

function csvOf(name: string): ParsedCsv {
  const decoded = decodeCsvBytes(fixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.csv;
}

const existing: ExistingRecords = {
  partners: [
    partner('foodBank', 'community', { name: 'Riverbend Food Bank' }),
    partner('housingCorp', 'housing', { name: 'Riverbend Housing Corporation' }),
    partner('police', 'police', { name: 'Riverbend Police Service' }),
    partner('conseil', 'education', { name: 'Conseil scolaire catholique Riverbend' }),
  ],
  participants: [{ ...participant('okafor', 'housingCorp'), name: 'Sam Okafor' }],
  cards: [{ id: 'card-1', text: 'Strong volunteer culture and service clubs.' }],
};

describe('guessing the column mapping', () => {
  test('English survey headers', () => {
    expect(guessMapping(['Timestamp', 'Organisation', 'Your name', 'Type of input', 'Comment', 'Risk category'])).toEqual({
      text: 4,
      kind: 3,
      participant: 2,
      organisation: 1,
      sector: null,
      tags: 5,
    });
  });
  test('French survey headers, accents ignored', () => {
    expect(guessMapping(['Horodateur', 'Organisme', 'Secteur', 'Type', 'Commentaire', 'Catégorie de risque'])).toEqual({
      text: 4,
      kind: 3,
      participant: null,
      organisation: 1,
      sector: 2,
      tags: 5,
    });
  });
  test('"Organisation name" goes to the organisation, not the person', () => {
    expect(guessMapping(['Organisation name', 'Name', 'Response'])).toMatchObject({ organisation: 0, participant: 1, text: 2 });
  });
  test('with no recognisable text column, the widest free column is the text', () => {
    expect(guessMapping(['Q1', 'Q2', 'Organisation'], [['yes', 'A long answer about housing', 'CMHA']])).toMatchObject({ text: 1, organisation: 2 });
  });
});

describe('preparing rows', () => {
  test('a well-formed English survey: kinds, people, organisations, tags, a new organisation, a duplicate', () => {
    const csv = csvOf('survey-utf8-bom.csv');
    const preview = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'risk', createOrganisations: true });
    expect(preview.rows.map((r) => [r.rowNumber, r.kind, r.participantId, r.partnerId, r.newOrganisation, r.tags])).toEqual([
      [2, 'risk', null, 'foodBank', null, ['foodInsecurity.household']],
      [3, 'idea', 'okafor', 'housingCorp', null, ['housing.eviction']],
      // "Seniors' Active Living Centre" is not a partner yet: it will be added.
      [4, 'challenge', null, null, "Seniors' Active Living Centre", ['socialEnvironment.isolation']],
      [5, 'asset', null, null, 'Riverbend Youth Hub', []],
      [6, 'protectiveFactor', null, null, null, []],
      // French values in an English file: "Défi" is a challenge, "Santé mentale" a category.
      [7, 'challenge', null, 'conseil', null, ['mentalHealth']],
    ]);
    expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(preview.rows[2]!.warnings).toEqual([{ code: 'newOrganisation', value: "Seniors' Active Living Centre" }]);
    expect(preview.rows[4]!.duplicate).toEqual({ of: 'card', cardId: 'card-1' });
    expect(preview.newOrganisations).toEqual([
      { name: "Seniors' Active Living Centre", sector: null },
      { name: 'Riverbend Youth Hub', sector: null },
    ]);
    expect(rowsToImport(preview, false).map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 7]);
    expect(rowsToImport(preview, true)).toHaveLength(6);
  });

  test('a French Windows-1252 file with a sector column; unknown sector is a warning', () => {
    const csv = csvOf('sondage-windows-1252.csv');
    const preview = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'risk', createOrganisations: true });
    expect(preview.rows.map((r) => [r.kind, r.newOrganisation, r.sector, r.tags])).toEqual([
      ['asset', "Centre d'amitié autochtone", null, []],
      ['risk', null, null, ['socialEnvironment.isolation']],
      ['idea', 'Banque alimentaire', null, ['poverty']],
    ]);
    expect(preview.rows[1]!.warnings).toEqual([{ code: 'unknownSector', value: 'Aînés' }]);
    expect(preview.newOrganisations).toEqual([
      { name: "Centre d'amitié autochtone", sector: 'indigenous' },
      { name: 'Banque alimentaire', sector: null },
    ]);
  });

  test('row problems and warnings, each named', () => {
    const csv = csvOf('survey-row-problems.csv');
    const preview = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'idea', createOrganisations: false });
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, { problems: r.problems, warnings: r.warnings, duplicate: r.duplicate }]));
    expect(byRow[2]).toEqual({ problems: [], warnings: [], duplicate: null });
    expect(byRow[3]!.problems).toEqual([{ code: 'emptyText' }]);
    expect(byRow[4]!.problems).toEqual([{ code: 'fieldCount', found: 4, expected: 3 }]);
    expect(byRow[5]).toEqual({ problems: [], warnings: [{ code: 'unknownKind', value: 'Opportunity', used: 'idea' }], duplicate: null });
    expect(byRow[6]!.duplicate).toEqual({ of: 'row', rowNumber: 2 });
    expect(byRow[7]!.problems).toEqual([{ code: 'textTooLong', max: 2000, length: 2001 }]);
    expect(rowsToImport(preview, false).map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(preview.rows[3]!.kind).toBe('idea');
  });

  test('organisations left out when the user does not want new partners', () => {
    const csv = csvOf('survey-utf8-bom.csv');
    const preview = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'risk', createOrganisations: false });
    expect(preview.newOrganisations).toEqual([]);
    expect(preview.rows[3]!.warnings).toEqual([{ code: 'organisationLeftOut', value: 'Riverbend Youth Hub' }]);
    expect(preview.rows[3]!.partnerId).toBeNull();
  });

  test('a person who is not a participant is left out; the organisation still counts', () => {
    const csv: ParsedCsv = { headers: ['Name', 'Organisation', 'Comment'], delimiter: ',', rows: [{ rowNumber: 2, cells: ['Pat Doe', 'Riverbend Police Service', 'x'] }] };
    const [row] = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'risk', createOrganisations: true }).rows;
    expect([row!.participantId, row!.partnerId, row!.warnings]).toEqual([null, 'police', [{ code: 'unknownParticipant', value: 'Pat Doe' }]]);
  });

  test('a sector alone attributes the card to the sector; unknown tags are named; tags split on ; , |', () => {
    const csv: ParsedCsv = { headers: ['Sector', 'Tags', 'Comment'], delimiter: ',', rows: [{ rowNumber: 2, cells: ['Faith communities', 'Drugs; Overdose | Nonsense, Logement', 'x'] }] };
    const [row] = prepareImport(csv, { ...EMPTY_MAPPING, sector: 0, tags: 1, text: 2 }, vocabulary, existing, { defaultKind: 'risk', createOrganisations: true }).rows;
    expect(row!.sector).toBe('faith');
    expect(row!.tags).toEqual(['drugs', 'drugs.overdose', 'housing']);
    expect(row!.warnings).toEqual([{ code: 'unknownTag', value: 'Nonsense' }]);
  });

  test('a new organisation only used by skipped rows is not created', () => {
    const csv: ParsedCsv = {
      headers: ['Organisation', 'Comment'],
      delimiter: ',',
      rows: [
        { rowNumber: 2, cells: ['New Org', ''] },
        { rowNumber: 3, cells: ['Other Org', 'Real input'] },
      ],
    };
    const preview = prepareImport(csv, guessMapping(csv.headers), vocabulary, existing, { defaultKind: 'risk', createOrganisations: true });
    expect(organisationsToCreate(preview, rowsToImport(preview, false)).map((o) => o.name)).toEqual(['Other Org']);
  });
});

describe('likely duplicates', () => {
  test('equal after normalisation, or most words shared; existing cards first', () => {
    const found = findDuplicates(
      [
        { key: 'r2', text: 'Waitlist for youth counselling is 9 months!' },
        { key: 'r3', text: 'Now: waitlist for youth counselling is 9 months' },
        { key: 'r4', text: 'Overdose calls downtown' },
        { key: 'r5', text: 'overdose CALLS — downtown' },
        { key: 'r6', text: 'Something else entirely' },
        { key: 'r7', text: '...' },
      ],
      [{ key: 'c1', text: 'waitlist for youth counselling is 9 months' }],
    );
    expect(found).toEqual([
      { key: 'c1', similarity: 1, existing: true },
      // Words of two letters or more: 6 shared, 7 in all ("now" is new): 6/7 ≥ 0.8, in any order.
      { key: 'c1', similarity: 6 / 7, existing: true },
      null,
      { key: 'r4', similarity: 1, existing: false },
      null,
      null,
    ]);
  });
  test('below the threshold is not a duplicate', () => {
    expect(findDuplicates([{ key: 'a', text: 'youth mental health waitlist' }], [{ key: 'b', text: 'youth mental health after-school program' }])).toEqual([null]);
  });
  test('2,000 existing cards against 500 rows: only the real repeats are found', () => {
    const existingCards = Array.from({ length: 2000 }, (_, i) => ({ key: `c${i}`, text: `Card ${i} about housing youth overdose number ${i * 7}` }));
    const rows = Array.from({ length: 500 }, (_, i) => ({ key: `r${i}`, text: `Row ${i} about food insecurity ${i * 3}` }));
    rows[250] = { key: 'r250', text: existingCards[1234]!.text };
    const found = findDuplicates(rows, existingCards);
    expect(found).toHaveLength(500);
    // The generated rows look alike, so they repeat each other; only row 250 repeats a card.
    expect(found.flatMap((d, i) => (d?.existing ? [i] : []))).toEqual([250]);
    expect(found[250]?.key).toBe('c1234');
  });
});
