/**
 * The words a survey file may use for kinds, sectors and catalogue tags, in English and French,
 * mapped to ids. The interface passes the labels it shows (from the message catalogues); this
 * module adds the synonyms survey writers use and normalises everything for matching.
 */
import { CARD_KINDS, type CardKind } from '../model';
import { normaliseText } from '../search/normalise';

export interface ImportVocabulary {
  kinds: ReadonlyMap<string, CardKind>;
  sectors: ReadonlyMap<string, string>;
  tags: ReadonlyMap<string, string>;
}

/** Words people use for each kind of input, beyond the kind's own label. */
const KIND_SYNONYMS: Record<CardKind, string[]> = {
  risk: ['risk', 'risks', 'risque', 'risques', 'risk factor', 'facteur de risque', 'concern', 'preoccupation', 'harm'],
  challenge: ['challenge', 'challenges', 'defi', 'defis', 'barrier', 'barriere', 'obstacle', 'issue', 'enjeu', 'problem', 'probleme', 'gap', 'lacune'],
  asset: ['asset', 'assets', 'atout', 'atouts', 'program', 'programme', 'service', 'existing program', 'programme existant', 'resource', 'ressource', 'strength', 'force', 'promising practice', 'pratique prometteuse'],
  protectiveFactor: ['protective factor', 'protective factors', 'facteur de protection', 'facteurs de protection', 'protection', 'protective'],
  idea: ['idea', 'ideas', 'idee', 'idees', 'suggestion', 'suggestions', 'solution', 'recommendation', 'recommandation', 'proposal', 'proposition'],
};

export interface VocabularyLabels {
  /** Labels of each kind in every language. */
  kinds: Record<CardKind, readonly string[]>;
  /** Labels of each sector id in every language. */
  sectors: ReadonlyMap<string, readonly string[]>;
  /** Labels of each catalogue id (built-in and user-defined) in every language. */
  tags: ReadonlyMap<string, readonly string[]>;
}

function addAll<T>(map: Map<string, T>, words: readonly string[], value: T): void {
  for (const w of words) {
    const n = normaliseText(w);
    if (n && !map.has(n)) map.set(n, value);
  }
}

export function buildVocabulary(labels: VocabularyLabels): ImportVocabulary {
  const kinds = new Map<string, CardKind>();
  for (const kind of CARD_KINDS) addAll(kinds, [kind, ...labels.kinds[kind], ...KIND_SYNONYMS[kind]], kind);
  const sectors = new Map<string, string>();
  for (const [id, ls] of labels.sectors) addAll(sectors, [id, ...ls], id);
  const tags = new Map<string, string>();
  for (const [id, ls] of labels.tags) addAll(tags, [id, ...ls], id);
  return { kinds, sectors, tags };
}
