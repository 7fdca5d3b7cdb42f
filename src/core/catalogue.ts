/**
 * Built-in catalogues as ids and structure only. Labels (English and French) live in the message
 * catalogues under resources/locales/<lang>/catalogue.json, keyed `sector.<id>`, `seat.<id>`,
 * `group.<id>`, `area.<id>`, `riskCategory.<category>` and `riskFactor.<category>.<factor>`.
 *
 * The lists follow the Ontario CSWB planning framework and the situation-table risk taxonomy; the
 * specific factors are editable defaults (users add their own as catalogue entries), not legal fact.
 */

/** Legislated advisory-committee seats (Community Safety and Policing Act, 2019, Part XVI). */
export const SEATS = [
  'health',
  'education',
  'communityServices',
  'childYouthServices',
  'youthCustodial',
  'municipality',
  'policeBoard',
] as const;
export type SeatId = (typeof SEATS)[number];

/** Groups the law says consultation must reach. */
export const CONSULTATION_GROUPS = ['youth', 'racialized', 'indigenous', 'livedExperienceMha'] as const;
export type ConsultationGroupId = (typeof CONSULTATION_GROUPS)[number];

export interface SectorDef {
  id: string;
  /** Seats an organisation of this sector can usually fill (a suggestion when adding a partner). */
  seats: SeatId[];
}

export const SECTORS: readonly SectorDef[] = [
  { id: 'police', seats: [] },
  { id: 'policeBoard', seats: ['policeBoard'] },
  { id: 'fire', seats: [] },
  { id: 'ems', seats: [] },
  { id: 'health', seats: ['health'] },
  { id: 'mentalHealth', seats: ['health'] },
  { id: 'education', seats: ['education'] },
  { id: 'community', seats: ['communityServices'] },
  { id: 'childrenYouth', seats: ['childYouthServices'] },
  { id: 'youthCustody', seats: ['youthCustodial'] },
  { id: 'housing', seats: [] },
  { id: 'municipal', seats: ['municipality'] },
  { id: 'indigenous', seats: [] },
  { id: 'justice', seats: [] },
  { id: 'victimServices', seats: [] },
  { id: 'employment', seats: [] },
  { id: 'business', seats: [] },
  { id: 'faith', seats: [] },
  { id: 'seniors', seats: [] },
  { id: 'recreation', seats: [] },
  { id: 'residents', seats: [] },
];
export const SECTOR_IDS: readonly string[] = SECTORS.map((s) => s.id);

export interface RiskCategoryDef {
  id: string;
  factors: string[];
}

/** Situation-table risk categories with example specific factors. */
export const RISK_CATEGORIES: readonly RiskCategoryDef[] = [
  { id: 'alcohol', factors: ['person', 'home'] },
  { id: 'antisocial', factors: ['person', 'home'] },
  { id: 'basicNeeds', factors: ['own', 'neglect'] },
  { id: 'cognitive', factors: ['impairment'] },
  { id: 'victimization', factors: ['assault', 'breakEnter', 'theft', 'fraud', 'sexualAssault'] },
  { id: 'criminalInvolvement', factors: ['assault', 'drugs', 'theft', 'weapons'] },
  { id: 'drugs', factors: ['person', 'home', 'overdose'] },
  { id: 'elderAbuse', factors: ['victim', 'perpetrator'] },
  { id: 'emotionalViolence', factors: ['victim', 'perpetrator', 'home'] },
  { id: 'gambling', factors: ['chronic', 'harmSelf', 'harmOthers'] },
  { id: 'gangs', factors: ['association', 'membership', 'exploitation'] },
  { id: 'housing', factors: ['homeless', 'unsafe', 'eviction'] },
  { id: 'mentalHealth', factors: ['diagnosed', 'suspected', 'notTreated'] },
  { id: 'missing', factors: ['missing', 'ranAway', 'atRisk'] },
  { id: 'negativePeers', factors: ['associating'] },
  { id: 'neighbourhood', factors: ['crimeDisorder', 'drugActivity'] },
  { id: 'parenting', factors: ['conflict', 'ineffective'] },
  { id: 'physicalHealth', factors: ['chronic', 'disability', 'noCare'] },
  { id: 'physicalViolence', factors: ['victim', 'perpetrator', 'home'] },
  { id: 'poverty', factors: ['income'] },
  { id: 'school', factors: ['absenteeism', 'notEnrolled', 'suspension'] },
  { id: 'selfHarm', factors: ['current', 'history'] },
  { id: 'sexualViolence', factors: ['victim', 'perpetrator', 'home'] },
  { id: 'socialEnvironment', factors: ['isolation', 'negative'] },
  { id: 'suicide', factors: ['current', 'attempt', 'affected'] },
  { id: 'supervision', factors: ['inadequate'] },
  { id: 'publicSafety', factors: ['hoarding', 'unsafeDwelling', 'fire'] },
  { id: 'unemployment', factors: ['chronic'] },
  // System-level risks named by published plans; not in the situation-table list.
  { id: 'discrimination', factors: ['systemic', 'hate'] },
  { id: 'genderViolence', factors: ['ipv', 'genderBased'] },
  { id: 'foodInsecurity', factors: ['household'] },
];

/** Catalogue entry id of a category (`drugs`) or a factor (`drugs.overdose`). */
export function riskCatalogueIds(): string[] {
  return RISK_CATEGORIES.flatMap((c) => [c.id, ...c.factors.map((f) => `${c.id}.${f}`)]);
}
