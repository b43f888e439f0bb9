/**
 * SVG charts of a collaboration: pure functions that return standalone, accessible SVG strings
 * (no dependency, no DOM), for `samenwerken/charts`.
 *
 * Each chart accepts either a validated `Samenwerking` (and runs the analysis itself) or the
 * result of the analysis, when you have computed it already.
 *
 * @packageDocumentation
 */

export { type CoverageMatrixChartOptions, coverageMatrixChart } from "./coverage-chart";
export { type LensProfileChartOptions, lensProfileChart } from "./lens-profile-chart";
export {
  type ConsensusChartOptions,
  consensusChart,
  type OpinionGroupsChartOptions,
  opinionGroupsChart,
} from "./reactions-chart";
export type { ChartOptions } from "./svg";
export { type WinWinChartOptions, winWinChart } from "./win-win-chart";
