/**
 * From parsed CSV rows and a column mapping to the cards that would be imported, with every
 * problem named per row. Nothing here writes: the preview shows this, and only the rows the
 * user confirms reach the database (renderer/domain/import-cards).
 *
 * - A problem skips the row: no text, text too long, a field count different from the header's
 *   (usually a comma or line break outside quotes, which shifts the columns).
 * - A warning imports the row with a fallback: an unknown kind (the default kind is used), an
 *   unknown sector or tag (left out), a person who is not a participant (left out), an
 *   organisation that is not a partner yet (added as a partner, or left out if the user says so).
 * - Likely duplicates of existing cards or of earlier rows are flagged; the user decides.
 */
import type { CardKind, Id, Participant, Partner } from '../model';
import { normaliseText } from '../search/normalise';
import type { ParsedCsv } from './parse';
import type { ColumnMapping } from './mapping';
import type { ImportVocabulary } from './vocabulary';
import { findDuplicates } from './duplicates';

/** Same limit as cards typed in the room. */
export const MAX_IMPORT_TEXT = 2000;

export type RowProblem =
  | { code: 'emptyText' }
  | { code: 'textTooLong'; max: number; length: number }
  | { code: 'fieldCount'; found: number; expected: number };

export type RowWarning =
  | { code: 'unknownKind'; value: string; used: CardKind }
  | { code: 'unknownSector'; value: string }
  | { code: 'unknownTag'; value: string }
  | { code: 'unknownParticipant'; value: string }
  | { code: 'newOrganisation'; value: string }
  | { code: 'organisationLeftOut'; value: string };

export type RowDuplicate = { of: 'card'; cardId: Id } | { of: 'row'; rowNumber: number };

export interface PreparedRow {
  rowNumber: number;
  text: string;
  kind: CardKind;
  participantId: Id | null;
  partnerId: Id | null;
  /** Display name of an organisation to add as a partner (shared by all its rows). */
  newOrganisation: string | null;
  sector: string | null;
  tags: string[];
  problems: RowProblem[];
  warnings: RowWarning[];
  duplicate: RowDuplicate | null;
}

export interface NewOrganisation {
  name: string;
  /** Sector named on its first row that has one, or null (the partner then gets the default). */
  sector: string | null;
}

export interface ImportPreview {
  rows: PreparedRow[];
  newOrganisations: NewOrganisation[];
}

export interface PrepareOptions {
  defaultKind: CardKind;
  /** Add organisations the file names that are not partners yet (otherwise left out). */
  createOrganisations: boolean;
}

export interface ExistingRecords {
  partners: readonly Partner[];
  participants: readonly Participant[];
  cards: readonly { id: Id; text: string }[];
}

const TAG_SEPARATORS = /[;,|\n]+/;

function cell(cells: readonly string[], column: number | null): string {
  return column === null ? '' : (cells[column] ?? '').trim();
}

export function prepareImport(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  vocabulary: ImportVocabulary,
  existing: ExistingRecords,
  options: PrepareOptions,
): ImportPreview {
  const partnerByName = new Map(existing.partners.map((p) => [normaliseText(p.name), p]));
  const participantByName = new Map(existing.participants.map((p) => [normaliseText(p.name), p]));
  const newOrganisations = new Map<string, NewOrganisation>();

  const rows = csv.rows.map((row): PreparedRow => {
    const problems: RowProblem[] = [];
    const warnings: RowWarning[] = [];
    const text = cell(row.cells, mapping.text);
    if (row.cells.length !== csv.headers.length) problems.push({ code: 'fieldCount', found: row.cells.length, expected: csv.headers.length });
    if (!text) problems.push({ code: 'emptyText' });
    else if (text.length > MAX_IMPORT_TEXT) problems.push({ code: 'textTooLong', max: MAX_IMPORT_TEXT, length: text.length });

    const kindValue = cell(row.cells, mapping.kind);
    let kind = options.defaultKind;
    if (kindValue) {
      const known = vocabulary.kinds.get(normaliseText(kindValue));
      if (known) kind = known;
      else warnings.push({ code: 'unknownKind', value: kindValue, used: options.defaultKind });
    }

    const sectorValue = cell(row.cells, mapping.sector);
    const sectorId = sectorValue ? (vocabulary.sectors.get(normaliseText(sectorValue)) ?? null) : null;
    if (sectorValue && !sectorId) warnings.push({ code: 'unknownSector', value: sectorValue });

    let participantId: Id | null = null;
    let partnerId: Id | null = null;
    let newOrganisation: string | null = null;
    const personValue = cell(row.cells, mapping.participant);
    if (personValue) {
      const person = participantByName.get(normaliseText(personValue));
      if (person) {
        participantId = person.id;
        partnerId = person.partnerId;
      } else warnings.push({ code: 'unknownParticipant', value: personValue });
    }
    const orgValue = cell(row.cells, mapping.organisation);
    if (orgValue && !participantId) {
      const key = normaliseText(orgValue);
      const partner = partnerByName.get(key);
      if (partner) partnerId = partner.id;
      else if (options.createOrganisations && key) {
        const known = newOrganisations.get(key);
        if (!known) newOrganisations.set(key, { name: orgValue, sector: sectorId });
        else if (!known.sector && sectorId) known.sector = sectorId;
        newOrganisation = newOrganisations.get(key)!.name;
        warnings.push({ code: 'newOrganisation', value: orgValue });
      } else warnings.push({ code: 'organisationLeftOut', value: orgValue });
    }

    const tags: string[] = [];
    for (const raw of cell(row.cells, mapping.tags).split(TAG_SEPARATORS)) {
      const value = raw.trim();
      if (!value) continue;
      const id = vocabulary.tags.get(normaliseText(value));
      if (id) {
        if (!tags.includes(id)) tags.push(id);
      } else warnings.push({ code: 'unknownTag', value });
    }

    return {
      rowNumber: row.rowNumber,
      text,
      kind,
      participantId,
      partnerId,
      newOrganisation,
      // A sector is stored on the card only when nobody more precise is named.
      sector: participantId || partnerId || newOrganisation ? null : sectorId,
      tags,
      problems,
      warnings,
      duplicate: null,
    };
  });

  const valid = rows.filter((r) => r.problems.length === 0);
  const matches = findDuplicates(
    valid.map((r) => ({ key: String(r.rowNumber), text: r.text })),
    existing.cards.map((c) => ({ key: c.id, text: c.text })),
  );
  valid.forEach((r, i) => {
    const m = matches[i];
    if (m) r.duplicate = m.existing ? { of: 'card', cardId: m.key } : { of: 'row', rowNumber: Number(m.key) };
  });

  return { rows, newOrganisations: [...newOrganisations.values()] };
}

/** The rows an import writes: no problem, and not a likely duplicate unless the user keeps those. */
export function rowsToImport(preview: ImportPreview, keepDuplicates: boolean): PreparedRow[] {
  return preview.rows.filter((r) => r.problems.length === 0 && (keepDuplicates || !r.duplicate));
}

/** New organisations still used by the rows to import (a skipped row must not add a partner). */
export function organisationsToCreate(preview: ImportPreview, rows: readonly PreparedRow[]): NewOrganisation[] {
  const used = new Set(rows.map((r) => r.newOrganisation).filter((n): n is string => !!n));
  return preview.newOrganisations.filter((o) => used.has(o.name));
}
