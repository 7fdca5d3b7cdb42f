/**
 * Riverbend's dot votes and criteria scores. Ballots: 5 dots each, at most 2 per risk.
 * Scores (1-5): a shared profile per risk, shifted by what each sector knows best, so that
 * overdose, youth mental health and intimate partner violence come on top, police and health
 * rate overdose highest, and education rates youth mental health highest.
 */
import type { RiskKey } from './riverbend-data';

/** Dots per risk for each participant key (see PARTICIPANTS). Totals: overdose 13, youth MH 11, IPV 9. */
export const BALLOTS: Record<string, Partial<Record<RiskKey, number>>> = {
  rivera: { overdose: 2, ipv: 2, youthMentalHealth: 1 },
  haddad: { overdose: 2, youthMentalHealth: 2, seniors: 1 },
  tremblay: { youthMentalHealth: 2, overdose: 2, housing: 1 },
  osei: { youthMentalHealth: 2, overdose: 1, ipv: 1, food: 1 },
  lavoie: { youthMentalHealth: 2, ipv: 1, hate: 1, overdose: 1 },
  nair: { ipv: 2, youthMentalHealth: 1, housing: 1, overdose: 1 },
  kowalski: { housing: 2, food: 2, ipv: 1 },
  bell: { overdose: 2, hate: 1, housing: 1, seniors: 1 },
  okafor: { housing: 2, overdose: 1, food: 1, ipv: 1 },
  beaulieu: { hate: 2, youthMentalHealth: 1, overdose: 1, ipv: 1 },
};

export const CRITERIA = [
  { key: 'prevalence', name: 'Prevalence', weight: 2, description: 'How many people are affected in Riverbend.' },
  { key: 'severity', name: 'Severity', weight: 3, description: 'How serious the harm is for the people affected.' },
  { key: 'communityConcern', name: 'Community concern', weight: 1, description: 'How strongly residents and partners raised it.' },
  { key: 'capacityToAct', name: 'Capacity to act', weight: 1, description: 'Whether local partners can make a difference within four years.' },
] as const;

type Profile = [prevalence: number, severity: number, concern: number, capacity: number];

const SHARED: Record<RiskKey, Profile> = {
  overdose: [4, 5, 4, 4],
  youthMentalHealth: [4, 4, 5, 3],
  ipv: [3, 5, 3, 3],
  housing: [3, 3, 4, 2],
  seniors: [3, 3, 3, 3],
  hate: [2, 4, 3, 3],
  food: [3, 2, 3, 3],
};

/** Per participant, the shift on each criterion of the risks their sector sees up close. */
const SHIFTS: Record<string, Partial<Record<RiskKey, Profile>>> = {
  rivera: { overdose: [1, 1, 1, 1], ipv: [1, 0, 0, 0], food: [-1, 0, 0, 0] },
  haddad: { overdose: [1, 1, 1, 1], seniors: [0, 1, 0, 0] },
  tremblay: { youthMentalHealth: [0, 1, 0, 0], overdose: [0, 0, 1, 0] },
  osei: { youthMentalHealth: [1, 1, 1, 1], overdose: [-1, 0, -1, 0] },
  lavoie: { youthMentalHealth: [1, 1, 1, 1], hate: [0, 0, 1, 0] },
  nair: { ipv: [1, 1, 1, 1], youthMentalHealth: [0, 0, 0, 1] },
  kowalski: { food: [1, 1, 1, 0], housing: [1, 1, 0, 0] },
  bell: { hate: [1, 0, 1, 0], seniors: [0, 0, 1, 1] },
  okafor: { housing: [2, 2, 1, 1] },
  beaulieu: { hate: [1, 1, 1, 0], youthMentalHealth: [0, 0, 1, 1], overdose: [0, 0, -1, -1] },
};

/** The four scores (in CRITERIA order) a participant gives a risk, kept within 1-5. */
export function scoresFor(participantKey: string, risk: RiskKey): Profile {
  const shift = SHIFTS[participantKey]?.[risk] ?? [0, 0, 0, 0];
  return SHARED[risk].map((value, i) => Math.min(5, Math.max(1, value + (shift[i] ?? 0)))) as Profile;
}
