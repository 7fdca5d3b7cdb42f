/**
 * The Town of Riverbend scenario (fictional; see the workshop scenario in the domain notes) as
 * plain data keyed by short names. riverbend.ts turns it into records with real ids.
 */
import type { CardKind, PlanningArea, ResponseStatus, ResponseType } from '../model';

export const PARTNERS = [
  // The table lists the police board seat for the Police Service too ("through the board chair").
  { key: 'police', name: 'Riverbend Police Service', sector: 'police', seats: ['policeBoard'], groups: [] },
  { key: 'policeBoard', name: 'Riverbend Police Service Board', sector: 'policeBoard', seats: ['policeBoard'], groups: [] },
  { key: 'hospital', name: 'Riverbend General Hospital', sector: 'health', seats: ['health'], groups: [] },
  { key: 'cmha', name: 'Canadian Mental Health Association, Riverbend branch', sector: 'mentalHealth', seats: ['health'], groups: ['livedExperienceMha'] },
  { key: 'schoolBoard', name: 'Riverbend District School Board', sector: 'education', seats: ['education'], groups: ['youth'] },
  { key: 'conseil', name: 'Conseil scolaire catholique Riverbend', sector: 'education', seats: ['education'], groups: ['youth'] },
  { key: 'cas', name: "Riverbend Children's Aid Society", sector: 'childrenYouth', seats: ['childYouthServices'], groups: ['youth'] },
  { key: 'youthJustice', name: 'Youth Justice Residence (open custody)', sector: 'youthCustody', seats: ['youthCustodial'], groups: ['youth'] },
  { key: 'socialServices', name: 'Riverbend Social Services Department', sector: 'community', seats: ['communityServices'], groups: [] },
  { key: 'town', name: 'Town of Riverbend (CSWB coordinator, councillor)', sector: 'municipal', seats: ['municipality'], groups: [] },
  { key: 'housingCorp', name: 'Riverbend Housing Corporation', sector: 'housing', seats: [], groups: [] },
  { key: 'fire', name: 'Riverbend Fire and Emergency Services', sector: 'fire', seats: [], groups: [] },
  { key: 'friendship', name: 'Anishinaabe Friendship Centre', sector: 'indigenous', seats: [], groups: ['indigenous', 'youth'] },
  { key: 'foodBank', name: 'Riverbend Food Bank', sector: 'community', seats: [], groups: [] },
  { key: 'bia', name: 'Downtown Business Improvement Area', sector: 'business', seats: [], groups: [] },
  { key: 'seniors', name: "Seniors' Active Living Centre", sector: 'seniors', seats: [], groups: [] },
] as const;
export type PartnerKey = (typeof PARTNERS)[number]['key'];

/** The ten voting participants, one per organisation (two from education). */
export const PARTICIPANTS: readonly { key: string; name: string; partner: PartnerKey; groups: string[] }[] = [
  { key: 'rivera', name: 'Sgt. Dana Rivera', partner: 'police', groups: [] },
  { key: 'haddad', name: 'Dr. Amir Haddad', partner: 'hospital', groups: [] },
  { key: 'tremblay', name: 'Claire Tremblay', partner: 'cmha', groups: [] },
  { key: 'osei', name: 'Mark Osei', partner: 'schoolBoard', groups: [] },
  { key: 'lavoie', name: 'Geneviève Lavoie', partner: 'conseil', groups: [] },
  { key: 'nair', name: 'Priya Nair', partner: 'cas', groups: [] },
  { key: 'kowalski', name: 'Tom Kowalski', partner: 'socialServices', groups: [] },
  { key: 'bell', name: 'Councillor Ruth Bell', partner: 'town', groups: [] },
  { key: 'okafor', name: 'Sam Okafor', partner: 'housingCorp', groups: [] },
  { key: 'beaulieu', name: 'Lena Beaulieu', partner: 'friendship', groups: ['indigenous'] },
];

export const SESSIONS = [
  { title: 'Session 1: What we heard', date: '2025-10-07', notes: 'Input cards from partners, grouped into candidate risks.' },
  { title: 'Session 2: Setting priorities', date: '2025-10-21', notes: 'Dot vote (5 dots, at most 2 per risk) and criteria scoring.' },
  { title: 'Session 3: Responses and outcomes', date: '2025-11-04', notes: 'Matrix of responses per priority; first outcome measures.' },
] as const;
export const PLACE = 'Council chamber, Riverbend Town Hall';

export const RISKS = [
  { key: 'overdose', title: 'Substance use and overdose', categories: ['drugs', 'alcohol'] },
  { key: 'youthMentalHealth', title: 'Youth mental health and access to services', categories: ['mentalHealth', 'school'] },
  { key: 'ipv', title: 'Intimate partner and family violence', categories: ['physicalViolence', 'emotionalViolence'] },
  { key: 'housing', title: 'Housing instability and evictions', categories: ['housing', 'poverty'] },
  { key: 'seniors', title: 'Social isolation of seniors', categories: ['socialEnvironment', 'elderAbuse'] },
  // Categorised with a user-defined catalogue entry (USER_CATEGORY), as the scenario describes.
  { key: 'hate', title: 'Hate incidents and discrimination', categories: [] },
  { key: 'food', title: 'Food insecurity among working families', categories: ['poverty', 'basicNeeds'] },
] as const;
export type RiskKey = (typeof RISKS)[number]['key'];

export const USER_CATEGORY = {
  risk: 'hate' as RiskKey,
  labelEn: 'Systemic discrimination',
  labelFr: 'Discrimination systémique',
};

export const PRIORITY_PROFILES: Partial<Record<RiskKey, { problemStatement: string; vulnerableGroups: string; protectiveFactors: string }>> = {
  overdose: {
    problemStatement: 'Overdose calls downtown have risen since last winter: 41 repeat overdose calls in 2025.',
    vulnerableGroups: 'People who use drugs alone; people without stable housing; youth starting to use.',
    protectiveFactors: 'Naloxone widely available; a weekly situation table; mobile crisis team on weekdays.',
  },
  youthMentalHealth: {
    problemStatement: 'Youth wait 9 months for counselling; French-language services are almost nonexistent.',
    vulnerableGroups: 'Grade 9-10 students; francophone youth; Indigenous youth.',
    protectiveFactors: 'High trust in the Friendship Centre; VTRA protocol in all schools.',
  },
  ipv: {
    problemStatement: 'Intimate partner violence calls are up 18% over three years.',
    vulnerableGroups: 'Women and children; rural families far from services.',
    protectiveFactors: 'Strong volunteer culture and service clubs.',
  },
};

type CardSeed = { kind: CardKind; text: string; from: PartnerKey; risk: RiskKey | null; tags?: string[] };
export const CARDS: readonly CardSeed[] = [
  { kind: 'risk', text: 'More overdose calls downtown since last winter', from: 'police', risk: 'overdose', tags: ['drugs.overdose'] },
  { kind: 'risk', text: 'Youth vaping and cannabis use in grade 9-10', from: 'schoolBoard', risk: 'overdose', tags: ['drugs.person'] },
  { kind: 'risk', text: 'Seniors isolated in the rural township, especially in winter', from: 'seniors', risk: 'seniors', tags: ['socialEnvironment.isolation'] },
  { kind: 'risk', text: 'Waitlist for youth mental health counselling is 9 months', from: 'cmha', risk: 'youthMentalHealth', tags: ['mentalHealth'] },
  { kind: 'risk', text: 'Intimate partner violence calls up 18% over three years', from: 'police', risk: 'ipv', tags: ['genderViolence.ipv'] },
  { kind: 'risk', text: 'Families losing rentals to renovictions', from: 'housingCorp', risk: 'housing', tags: ['housing.eviction'] },
  { kind: 'risk', text: 'Hate graffiti at the mosque and the Pride crosswalk', from: 'town', risk: 'hate', tags: ['discrimination.hate'] },
  { kind: 'risk', text: 'Food bank visits by working families doubled', from: 'foodBank', risk: 'food', tags: ['foodInsecurity.household'] },
  { kind: 'challenge', text: 'We cannot share client information between agencies without consent', from: 'cas', risk: null },
  { kind: 'challenge', text: 'Every program here is funded for one year at a time', from: 'socialServices', risk: null },
  { kind: 'challenge', text: 'No transit from the township to services in town', from: 'seniors', risk: 'seniors' },
  { kind: 'challenge', text: 'French-language mental health services are almost nonexistent', from: 'conseil', risk: 'youthMentalHealth' },
  { kind: 'asset', text: 'Situation table meets weekly (since 2019)', from: 'police', risk: 'overdose' },
  { kind: 'asset', text: 'Mobile crisis team pairs an officer with a CMHA nurse, weekdays only', from: 'cmha', risk: 'overdose' },
  { kind: 'asset', text: 'After-school program at the Friendship Centre', from: 'friendship', risk: 'youthMentalHealth' },
  { kind: 'asset', text: 'Naloxone kits distributed by public health and pharmacies', from: 'hospital', risk: 'overdose' },
  { kind: 'asset', text: 'Violent threat risk assessment protocol in all schools', from: 'schoolBoard', risk: 'youthMentalHealth' },
  { kind: 'protectiveFactor', text: 'Strong volunteer culture and service clubs', from: 'bia', risk: null },
  { kind: 'protectiveFactor', text: 'High trust in the Friendship Centre among Indigenous youth', from: 'friendship', risk: 'youthMentalHealth' },
  { kind: 'idea', text: 'Extend the mobile crisis team to evenings and weekends', from: 'hospital', risk: 'overdose' },
  { kind: 'idea', text: 'Landlord-tenant mediation before eviction filings', from: 'housingCorp', risk: 'housing' },
  { kind: 'idea', text: 'Peer mentoring for grade 9 students', from: 'schoolBoard', risk: 'youthMentalHealth' },
];

type ResponseSeed = {
  risk: RiskKey;
  area: PlanningArea;
  title: string;
  type: ResponseType;
  status: ResponseStatus;
  lead: PartnerKey;
  supporting: PartnerKey[];
  /** Index in CARDS of the asset this response builds on. */
  sourceCard?: number;
  timeline: string;
};
export const RESPONSES: readonly ResponseSeed[] = [
  { risk: 'overdose', area: 'socialDevelopment', title: 'Housing-first units', type: 'new', status: 'proposed', lead: 'housingCorp', supporting: ['town', 'cmha'], timeline: '2026-2028' },
  { risk: 'overdose', area: 'prevention', title: 'Naloxone distribution', type: 'existing', status: 'inProgress', lead: 'hospital', supporting: [], sourceCard: 15, timeline: 'Ongoing' },
  { risk: 'overdose', area: 'riskIntervention', title: 'Situation table', type: 'existing', status: 'inProgress', lead: 'police', supporting: ['cas', 'cmha', 'socialServices', 'hospital'], sourceCard: 12, timeline: 'Weekly' },
  { risk: 'overdose', area: 'incidentResponse', title: 'Mobile crisis team on evenings and weekends', type: 'enhanced', status: 'planned', lead: 'hospital', supporting: ['cmha', 'police'], sourceCard: 13, timeline: 'From spring 2026' },
  { risk: 'youthMentalHealth', area: 'socialDevelopment', title: 'Peer mentoring for grade 9 students', type: 'new', status: 'proposed', lead: 'schoolBoard', supporting: ['conseil', 'friendship'], timeline: 'School year 2026-2027' },
  { risk: 'youthMentalHealth', area: 'riskIntervention', title: 'Violent threat risk assessment (VTRA) protocol', type: 'existing', status: 'inProgress', lead: 'schoolBoard', supporting: ['conseil', 'police', 'cmha'], sourceCard: 16, timeline: 'Ongoing' },
  { risk: 'ipv', area: 'prevention', title: 'Healthy relationships curriculum', type: 'new', status: 'proposed', lead: 'schoolBoard', supporting: ['conseil', 'cas'], timeline: 'School year 2026-2027' },
  { risk: 'ipv', area: 'riskIntervention', title: 'High-risk intimate partner violence table', type: 'new', status: 'proposed', lead: 'police', supporting: ['cas', 'socialServices'], timeline: '2026' },
];
