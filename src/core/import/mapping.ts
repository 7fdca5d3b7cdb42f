/**
 * Which CSV column feeds which card field. Survey tools name columns freely ("Your comment",
 * "Organisme", "Type of input"), so the mapping is guessed from English and French header words
 * and then confirmed by the user. Only the text column is required.
 */
import { normaliseText } from '../search/normalise';

export const IMPORT_FIELDS = ['text', 'kind', 'participant', 'organisation', 'sector', 'tags'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index per field, or null when the field is not in the file. */
export type ColumnMapping = Record<ImportField, number | null>;

export const EMPTY_MAPPING: ColumnMapping = { text: null, kind: null, participant: null, organisation: null, sector: null, tags: null };

/** Normalised header words that suggest a field, strongest first. */
const HINTS: Record<ImportField, string[]> = {
  text: ['text', 'texte', 'comment', 'comments', 'commentaire', 'commentaires', 'response', 'reponse', 'answer', 'input', 'apport', 'idea', 'concern', 'preoccupation', 'what', 'description', 'message'],
  kind: ['kind', 'type', 'category of input', 'genre', 'nature'],
  participant: ['participant', 'person', 'personne', 'respondent', 'repondant', 'repondante', 'full name', 'nom complet', 'name', 'nom'],
  organisation: ['organisation', 'organization', 'organisme', 'agency', 'agence', 'partner', 'partenaire', 'employer', 'employeur'],
  sector: ['sector', 'secteur'],
  tags: ['tags', 'tag', 'etiquettes', 'etiquette', 'risk category', 'risk factor', 'categorie de risque', 'facteur de risque', 'categories', 'category', 'categorie', 'theme', 'themes'],
};

function score(header: string, hints: string[]): number {
  const h = normaliseText(header);
  if (!h) return 0;
  const hWords = h.split(' ');
  let best = 0;
  hints.forEach((hint, i) => {
    const strength = hints.length - i;
    if (h === hint) best = Math.max(best, 1000 + strength);
    else if (hint.includes(' ') ? h.includes(hint) : hWords.includes(hint)) best = Math.max(best, 100 + strength);
  });
  return best;
}

/**
 * The most likely mapping: each field takes its best-scoring column, a column serves one field,
 * stronger matches choose first. When nothing looks like a text column, the widest column
 * (longest average content) is taken, because that is where people wrote.
 */
export function guessMapping(headers: readonly string[], sampleRows: readonly (readonly string[])[] = []): ColumnMapping {
  const candidates: { field: ImportField; column: number; s: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    headers.forEach((header, column) => {
      const s = score(header, HINTS[field]);
      if (s > 0) candidates.push({ field, column, s });
    });
  }
  candidates.sort((a, b) => b.s - a.s);
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  if (mapping.text === null && headers.length > 0) {
    const width = headers.map((_, column) =>
      used.has(column) ? -1 : sampleRows.reduce((sum, row) => sum + (row[column]?.length ?? 0), 0),
    );
    const widest = width.indexOf(Math.max(...width));
    if (widest >= 0 && (width[widest] ?? -1) >= 0) mapping.text = widest;
  }
  return mapping;
}
