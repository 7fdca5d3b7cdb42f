/** Chart data for Recharts, prepared by pure functions so the chart components stay thin. */
export {
  rankedBarData,
  dotsBarInput,
  weightedBarInput,
  type BarSeries,
  type RankedBarChart,
  type RankedBarDatum,
  type RankedBarInput,
  type SectorSeriesKey,
} from './ranked-bar';
export { priorityMapData, importanceChangeabilityMapData, type PriorityMapChart, type PriorityMapPoint } from './priority-map';
export { dissentData, type DissentDatum } from './dissent';
export { sectorParticipationData, type ParticipationInput, type SectorParticipationDatum } from './participation';
export { balanceChartData, type BalanceChart, type BalanceRowDatum } from './balance';
export {
  contributionBarData,
  hanlonBarData,
  type ContributionBarChart,
  type ContributionBarDatum,
  type HanlonBarDatum,
  type PartKey,
} from './stacked-bar';
export { spreadLabels, wrapLabel, type LabelBox, type Obstacle } from './labels';
export { PROJECTOR_BARS, sameRank, topBars, type TopBars } from './top-bars';
export { reuseUnchanged, sameData } from './stable-rows';
