/** Messages for everything that can be wrong with a survey file, named plainly. */
import type { TFunction } from 'i18next';
import type { DecodeResult, ParseResult, RowProblem, RowWarning } from '@core/import';

export type FileError = Extract<DecodeResult, { ok: false }>['error'] | Extract<ParseResult, { ok: false }>['error'] | 'unreadable';

export function fileErrorMessage(t: TFunction, error: FileError, fileName: string, rowNumber?: number): string {
  switch (error) {
    case 'empty':
      return t('import:error.empty', { file: fileName });
    case 'tooLarge':
      return t('import:error.tooLarge', { file: fileName });
    case 'binary':
      return t('import:error.binary', { file: fileName });
    case 'spreadsheet':
      return t('import:error.spreadsheet', { file: fileName });
    case 'noRows':
      return t('import:error.noRows', { file: fileName });
    case 'onlyHeader':
      return t('import:error.onlyHeader', { file: fileName });
    case 'tooManyRows':
      return t('import:error.tooManyRows', { file: fileName });
    case 'unclosedQuote':
      return t('import:error.unclosedQuote', { file: fileName, row: rowNumber });
    case 'unreadable':
      return t('import:error.unreadable', { file: fileName });
  }
}

export function problemMessage(t: TFunction, p: RowProblem, textColumn: string): string {
  switch (p.code) {
    case 'emptyText':
      return t('import:problem.emptyText', { column: textColumn });
    case 'textTooLong':
      return t('import:problem.textTooLong', { length: p.length, max: p.max });
    case 'fieldCount':
      return t('import:problem.fieldCount', { found: p.found, expected: p.expected });
  }
}

export function warningMessage(t: TFunction, w: RowWarning): string {
  switch (w.code) {
    case 'unknownKind':
      return t('import:warning.unknownKind', { value: w.value, kind: t(`catalogue:cardKind.${w.used}`) });
    case 'unknownSector':
      return t('import:warning.unknownSector', { value: w.value });
    case 'unknownTag':
      return t('import:warning.unknownTag', { value: w.value });
    case 'unknownParticipant':
      return t('import:warning.unknownParticipant', { value: w.value });
    case 'newOrganisation':
      return t('import:warning.newOrganisation', { value: w.value });
    case 'organisationLeftOut':
      return t('import:warning.organisationLeftOut', { value: w.value });
  }
}
