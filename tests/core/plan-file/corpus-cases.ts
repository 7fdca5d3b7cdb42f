/**
 * The damaged-file corpus (tests/fixtures/plan-files): every file with the outcome a reader must
 * give. The files are generated from these cases (UPDATE_CORPUS=1 npx vitest run --project node
 * tests/core/plan-file/corpus.test.ts) and committed, so the app, the CLI and the database tests
 * all read the same real files. Two cases are too big to commit and are built in memory instead.
 */
import { buildRiverbendSample } from '@core/sample/riverbend';
import { encodePlanFile, MAX_PLAN_FILE_CHARS } from '@core/plan-file';
import { counterContext } from '../helpers/builders';
import { META, smallPlan, type RawFile } from './fixtures';

export type Expected =
  | { outcome: 'ok' }
  /** [code, path] of each repair, in the order the reader reports them. */
  | { outcome: 'repaired'; repairs: [code: string, path: string][] }
  | { outcome: 'refused'; kind: string };

export interface CorpusCase {
  file: string;
  what: string;
  expect: Expected;
  bytes: () => Uint8Array;
  /**
   * Kept as committed rather than compared with a fresh build: the Riverbend sample grows with the
   * app, and an older snapshot of it is exactly what a real file on someone's disk looks like.
   */
  frozen?: boolean;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const small = () => JSON.parse(encodePlanFile(smallPlan(), META)) as RawFile;
const edited = (edit: (file: RawFile) => void) => () => {
  const file = small();
  edit(file);
  return utf8(JSON.stringify(file, null, 1));
};

export const CORPUS: CorpusCase[] = [
  { file: 'valid.cswb', what: 'a small consistent plan written by the app', expect: { outcome: 'ok' }, bytes: () => utf8(encodePlanFile(smallPlan(), META)) },
  {
    file: 'riverbend-sample.cswb',
    what: 'the whole Riverbend sample workshop',
    expect: { outcome: 'ok' },
    frozen: true,
    bytes: () => utf8(encodePlanFile(buildRiverbendSample(counterContext('rb')), META)),
  },
  { file: 'byte-order-mark.cswb', what: 'a valid plan saved by an editor that adds a BOM', expect: { outcome: 'ok' }, bytes: () => utf8(`\uFEFF${encodePlanFile(smallPlan(), META)}`) },
  { file: 'empty.cswb', what: 'an empty file', expect: { outcome: 'refused', kind: 'empty' }, bytes: () => new Uint8Array() },
  { file: 'whitespace.cswb', what: 'only blank lines', expect: { outcome: 'refused', kind: 'empty' }, bytes: () => utf8('  \n\n\t\r\n') },
  {
    file: 'truncated.cswb',
    what: 'a plan cut off half way (a copy interrupted)',
    expect: { outcome: 'refused', kind: 'notJson' },
    bytes: () => {
      const text = encodePlanFile(smallPlan(), META);
      return utf8(text.slice(0, Math.floor(text.length / 2)));
    },
  },
  { file: 'not-json.cswb', what: 'notes typed into a text file', expect: { outcome: 'refused', kind: 'notJson' }, bytes: () => utf8('Riverbend plan\nPartners: police, health, schools\n') },
  {
    file: 'binary-junk.cswb',
    what: 'an image renamed to .cswb',
    expect: { outcome: 'refused', kind: 'notAPlanFile' },
    bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0xff, 0xfe, 0x10, 0x00]),
  },
  {
    file: 'zip-archive.cswb',
    what: 'a Word document renamed to .cswb',
    expect: { outcome: 'refused', kind: 'notAPlanFile' },
    bytes: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xdf, 0xa4]),
  },
  { file: 'json-array.cswb', what: 'JSON that is not an object', expect: { outcome: 'refused', kind: 'notAPlanFile' }, bytes: () => utf8('[1, 2, 3]') },
  { file: 'other-json.cswb', what: 'some other program’s JSON', expect: { outcome: 'refused', kind: 'notAPlanFile' }, bytes: () => utf8('{"name":"my-app","version":"1.0.0","dependencies":{}}') },
  { file: 'wrong-format.cswb', what: 'a file of another format with a version', expect: { outcome: 'refused', kind: 'notAPlanFile' }, bytes: edited((f) => (f.format = 'excalidraw')) },
  { file: 'version-as-text.cswb', what: 'the format version written as text', expect: { outcome: 'refused', kind: 'notAPlanFile' }, bytes: edited((f) => (f.formatVersion = '1')) },
  { file: 'future-version.cswb', what: 'a file from a newer version of the app', expect: { outcome: 'refused', kind: 'tooNew' }, bytes: edited((f) => (f.formatVersion = 99)) },
  {
    file: 'deep-nesting.cswb',
    what: '100,000 nested lists inside a card',
    expect: { outcome: 'refused', kind: 'tooDeep' },
    bytes: () => {
      const text = encodePlanFile(smallPlan(), META);
      const depth = 100_000;
      return utf8(text.replace('"tags":[', `"deep":${'['.repeat(depth)}${']'.repeat(depth)},"tags":[`));
    },
  },
  {
    file: 'prototype-pollution.cswb',
    what: 'a "__proto__" key in a card',
    expect: { outcome: 'refused', kind: 'forbiddenKey' },
    bytes: () => utf8(encodePlanFile(smallPlan(), META).replace('"kind":', '"__proto__":{"isAdmin":true},"kind":')),
  },
  {
    file: 'constructor-key.cswb',
    what: 'a "constructor" key in the plan settings',
    expect: { outcome: 'refused', kind: 'forbiddenKey' },
    bytes: edited((f) => (f.plan.voting = { constructor: { prototype: { polluted: true } } })),
  },
  { file: 'no-plan.cswb', what: 'the plan settings are missing', expect: { outcome: 'refused', kind: 'invalid' }, bytes: edited((f) => delete (f as Partial<RawFile>).plan) },
  { file: 'plan-without-id.cswb', what: 'the plan has no id', expect: { outcome: 'refused', kind: 'invalid' }, bytes: edited((f) => delete f.plan.id) },
  {
    file: 'wrong-types.cswb',
    what: 'fields of the wrong type (a number for a name, text for dots)',
    expect: { outcome: 'repaired', repairs: [['defaulted', 'records.partners[0].name'], ['defaulted', 'records.cards[0].kind'], ['droppedRecord', 'records.votes[0]']] },
    bytes: edited((f) => {
      f.records.partners![0]!.name = 42;
      f.records.votes![0]!.dots = '2';
      f.records.cards![0]!.kind = 5;
    }),
  },
  {
    file: 'missing-ids.cswb',
    what: 'records without an id',
    expect: { outcome: 'repaired', repairs: [['defaulted', 'records.risks[1].id'], ['defaulted', 'records.criteria[0].id'], ['droppedRecord', 'records.scores[0]']] },
    bytes: edited((f) => {
      delete f.records.risks![1]!.id;
      delete f.records.criteria![0]!.id;
    }),
  },
  {
    file: 'duplicate-ids.cswb',
    what: 'two partners with the same id',
    expect: { outcome: 'repaired', repairs: [['duplicateId', 'records.partners[1].id'], ['danglingReference', 'records.responses[0].supportingPartnerIds']] },
    bytes: edited((f) => (f.records.partners![1]!.id = f.records.partners![0]!.id)),
  },
  {
    file: 'dangling-references.cswb',
    what: 'references to records that are not in the file',
    expect: { outcome: 'repaired', repairs: [['danglingReference', 'records.cards[0].sessionId'], ['droppedRecord', 'records.votes[0]'], ['danglingReference', 'records.responses[0].supportingPartnerIds']] },
    bytes: edited((f) => {
      f.records.cards![0]!.sessionId = 'gone-session';
      f.records.responses![0]!.supportingPartnerIds = ['id-3', 'gone-partner'];
      f.records.votes![0]!.riskId = 'gone-risk';
    }),
  },
  { file: 'missing-tables.cswb', what: 'the records object is missing', expect: { outcome: 'repaired', repairs: [['defaulted', 'records']] }, bytes: edited((f) => delete (f as Partial<RawFile>).records) },
  {
    file: 'unknown-fields.cswb',
    what: 'fields this version does not know',
    expect: { outcome: 'repaired', repairs: [['unknownField', 'comment'], ['unknownField', 'records.cards[0].colour']] },
    bytes: edited((f) => {
      f.comment = 'added by hand';
      f.records.cards![0]!.colour = 'yellow';
    }),
  },
];

/** Cases too big to commit: built in memory by the tests that use the corpus. */
export const GENERATED_CASES: { name: string; expect: Expected; text: () => string }[] = [
  {
    name: 'a file longer than the limit (gigantic string)',
    expect: { outcome: 'refused', kind: 'tooLarge' },
    text: () => encodePlanFile(smallPlan(), META).replace('"text":"', `"text":"${'x'.repeat(MAX_PLAN_FILE_CHARS)}`),
  },
  {
    name: 'a 20 MB card text (large but allowed)',
    expect: { outcome: 'ok' },
    text: () => encodePlanFile(smallPlan(), META).replace('"text":"', `"text":"${'Long note. '.repeat(2_000_000)}`),
  },
];

