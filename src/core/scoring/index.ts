/** Prioritisation: dot voting, criteria scoring (weighted, Hanlon, importance × changeability), ranking. */
export { tallyDots, validateBallot, type BallotProblem, type DotTally } from './dots';
export {
  weightedScores,
  type CriterionContribution,
  type CriterionSpread,
  type SectorScore,
  type WeightedOptions,
  type WeightedRiskScore,
} from './weighted';
export { hanlonScores, HANLON_SCALE, PEARL_FACTORS, type HanlonRiskScore, type PearlAnswer, type PearlFactor } from './hanlon';
export {
  importanceChangeability,
  quadrantOf,
  QUADRANTS,
  type ImportanceChangeabilityResult,
  type Quadrant,
  type QuadrantRiskScore,
} from './importance-changeability';
export { rankRisks, type Ranked, type RankOptions } from './rank';
export { criteriaTemplate, criteriaFromTemplate, criterionLabelKey, templateCriterionIds, type CriterionTemplate } from './templates';
export { compareSectors, sectorLookup, participantSector, UNKNOWN_SECTOR, type SectorLookup } from './sectors';
export { indexScores, inScale, type ScaleOptions, type ScoreIndex } from './score-index';
export { mean, spread, weightedMean, type Spread, type WeightedTerm } from './stats';
export { ballotRisks, cutRound, dotsInRound, nextRoundBlock, nextRoundCut, type NextRoundBlock, type RoundCut } from './rounds';
export { hanlonFormula, weightedFormula, type NumberFormat } from './explain';
export { dotSectorSplit, sectorSplit, weightedSectorSplit, type SectorSplit, type SectorSplitRow, type SectorTop } from './sector-split';
export {
  criterionScale,
  isYesNoCriterion,
  MAX_WEIGHT,
  PEARL_SCALE,
  SCALE_LIMITS,
  scaleProblem,
  scoreProblem,
  weightProblem,
  type ScaleProblem,
  type ScoreProblem,
  type WeightProblem,
} from './scales';
export { criteriaAreFixed, HANLON_ROLES, methodScale, missingRoles } from './method-fit';
export {
  decisionProblem,
  DECISION_METHODS,
  isCalendarDate,
  MAX_DECISION_NOTE,
  suggestedPresentPartners,
  type DecisionMethod,
  type DecisionProblem,
} from './decision';
export { ballotEntry, findParticipants, nextBallotNotIn, type BallotEntry } from './ballot-entry';
