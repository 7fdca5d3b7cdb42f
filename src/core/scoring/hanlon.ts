/**
 * Hanlon method (public-health prioritisation). Criteria are recognised by role:
 *   'A' size, 'B' seriousness, 'C' effectiveness of available interventions, each scored 0-10;
 *   Basic Priority Rating BPR = (A + B) × C / 3, with A, B, C the means of the raters' scores.
 * PEARL feasibility screen: one criterion per factor with role 'pearl.<factor>' (propriety,
 * economics, acceptability, resources, legality), scored 1 = yes, 0 = no. A factor fails when
 * more raters answered no than yes (a tie keeps the risk in). A risk failing any factor is
 * flagged and ranked after every risk that passes, whatever its BPR; an unanswered factor does
 * not fail it. Scores outside the scales are ignored.
 */
import type { Criterion, Id, Risk, Score } from '../model';
import { rankRisks } from './rank';
import { indexScores, type ScaleOptions, type ScoreIndex } from './score-index';
import { mean } from './stats';

export const PEARL_FACTORS = ['propriety', 'economics', 'acceptability', 'resources', 'legality'] as const;
export type PearlFactor = (typeof PEARL_FACTORS)[number];
export const HANLON_SCALE: ScaleOptions = { scaleMin: 0, scaleMax: 10 };

export interface PearlAnswer {
  factor: PearlFactor;
  yes: number;
  no: number;
  /** null when nobody answered this factor. */
  passes: boolean | null;
}

export interface HanlonRiskScore {
  riskId: Id;
  title: string;
  a: number | null;
  b: number | null;
  c: number | null;
  /** null when A, B or C has no score. */
  bpr: number | null;
  pearl: PearlAnswer[];
  passesScreen: boolean;
  failedFactors: PearlFactor[];
  rank: number | null;
  tied: boolean;
}

/** Returns the risks in rank order: passing the screen by BPR, then failing ones, then incomplete. */
export function hanlonScores(
  risks: readonly Risk[],
  criteria: readonly Criterion[],
  scores: readonly Score[],
  scale: ScaleOptions = HANLON_SCALE,
): HanlonRiskScore[] {
  const roleOf = new Map(criteria.map((c) => [c.id, c.role]));
  const isPearl = (criterionId: Id) => roleOf.get(criterionId)?.startsWith('pearl.') ?? false;
  const ratings = indexScores(scores.filter((s) => !isPearl(s.criterionId)), scale);
  const answers = indexScores(scores.filter((s) => isPearl(s.criterionId)), { scaleMin: 0, scaleMax: 1 });
  const withRole = (role: string) => criteria.filter((c) => c.role === role).map((c) => c.id);

  const rows = risks.map((risk) => {
    const a = roleMean(ratings, risk.id, withRole('A'));
    const b = roleMean(ratings, risk.id, withRole('B'));
    const c = roleMean(ratings, risk.id, withRole('C'));
    const bpr = a === null || b === null || c === null ? null : ((a + b) * c) / 3;
    const pearl = PEARL_FACTORS.map((factor) => pearlAnswer(answers, risk.id, factor, withRole(`pearl.${factor}`)));
    const failedFactors = pearl.filter((p) => p.passes === false).map((p) => p.factor);
    return { riskId: risk.id, title: risk.title, a, b, c, bpr, pearl, passesScreen: failedFactors.length === 0, failedFactors };
  });
  return rankRisks(rows, (row) => row.bpr, { tier: (row) => (row.passesScreen ? 0 : 1) }).map(({ item, rank, tied }) => ({
    ...item,
    rank,
    tied,
  }));
}

/** Mean of all raters' scores on the criteria holding one role (usually one criterion). */
function roleMean(index: ScoreIndex, riskId: Id, criterionIds: readonly Id[]): number | null {
  return mean(criterionIds.flatMap((id) => index.get(riskId, id).map((s) => s.value)));
}

function pearlAnswer(index: ScoreIndex, riskId: Id, factor: PearlFactor, criterionIds: readonly Id[]): PearlAnswer {
  const values = criterionIds.flatMap((id) => index.get(riskId, id).map((s) => s.value));
  const yes = values.filter((v) => v === 1).length;
  const no = values.filter((v) => v === 0).length;
  return { factor, yes, no, passes: yes + no === 0 ? null : yes >= no };
}
