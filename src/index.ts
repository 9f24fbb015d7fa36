/**
 * teleguest: turn mobile-device counts per municipality into visitor and guest-night estimates.
 *
 * @example
 * import { estimateFile, outputFiles, writeFilesAtomically } from 'teleguest';
 * const { result } = await estimateFile('fixtures/hallingdal/counts.csv', 'fixtures/hallingdal/model.json', { daily: true });
 * result.summary.region.guestNightsPerDay; // 26527.44
 * await writeFilesAtomically(await outputFiles('out', { ...result, daily: result.daily! })); // daily.arrow, daily.csv, summary.json
 */
export { estimateFile, isHourly, type EstimateFileOptions, type FileEstimate } from './pipeline/estimate-file.js';
export { inspectCounts, type CountsPlan, type RowsReason } from './read/inspect-counts.js';
export { estimate, INLINE_BELOW_CELLS, DEFAULT_PROBABILITIES, type Estimate, type EstimateOptions, type DailyColumns } from './pipeline/estimate.js';
export type { Uncertainty, RowIntervals, Interval } from './uncertainty/estimate-uncertainty.js';
export type { TornadoBar } from './uncertainty/tornado.js';
export type { VarianceShare } from './uncertainty/variance-shares.js';
export { DEFAULT_SEED } from './uncertainty/default-seed.js';
export { MAX_DRAWS } from './uncertainty/check-draw-options.js';
export { quantileKey } from './uncertainty/quantile-key.js';
export { readCounts, type CountsRead } from './read/read-counts.js';
export { readCountsParquet } from './read/read-counts-parquet.js';
export { formatWorkbook, type WorkbookOptions } from './write/workbook.js';
export { estimateHourly, type HourlyEstimate, type HourlyEstimateOptions, type HourlySummary, type HourlyFigures } from './hourly/estimate-hourly.js';
export { reduceHourGrid, reduceHourlyCounts, DEFAULT_NIGHT_WINDOW, type HourlyReduction, type NightWindow } from './hourly/reduce-hourly-counts.js';
export { peakPresenceHourly } from './peak/peak-hourly.js';
export type { HourValue } from './peak/peak.js';
export { osloLocalHour } from './clock/oslo-local-hour.js';
export { osloUtcHour } from './clock/oslo-utc-hour.js';
export { parseTime, type ParsedTime } from './clock/parse-time.js';
export { summerTime } from './clock/summer-time.js';
export { readModel, type ModelRead } from './model/read-model.js';
export { checkModel } from './model/check-model.js';
export type { Model, Deduction, ParameterRange, ParameterSite, RangeDistribution } from './model/model.js';
export { extractRanges } from './model/extract-ranges.js';
export { buildCalendar, DAY_TYPES, type Calendar, type DayType } from './calendar/calendar.js';
export { DEFAULT_CALENDAR, type CalendarOptions, type Season, type SeasonRange } from './calendar/calendar-options.js';
export { norwegianHolidays, type Holiday } from './calendar/norwegian-holidays.js';
export { easterSunday } from './calendar/easter-sunday.js';
export { isoWeek, isoWeekday } from './calendar/iso-week.js';
export type { CountColumns } from './read/count-columns.js';
export { recodeCounts } from './areas/recode-counts.js';
export { readCodeHistory } from './areas/read-code-history.js';
export { codeHistory, currentArea, type CodeChange, type CodeHistory, type CurrentArea } from './areas/code-history.js';
export { BUILT_IN_CODE_HISTORY } from './areas/built-in-code-history.js';
export { CountColumnsBuilder } from './read/count-columns.js';
export type { CountGrid } from './grid/count-grid.js';
export type { HourGrid } from './hourly/hour-grid.js';
export type { Summary, Figures, YearFigures, MonthFigures, DisclosureSummary } from './summary/summary.js';
export { DEFAULT_THRESHOLD, WITHHELD_MARK, PUBLISHED, PRIMARY, SECONDARY, type SuppressionOptions } from './disclosure/suppression-status.js';
export { suppressGrid, type GridSuppression } from './disclosure/suppress-grid.js';
export { protectSegments, type SegmentSuppression } from './disclosure/protect-segments.js';
export { suppressAggregates, type DayGrouping } from './disclosure/suppress-aggregates.js';
export { blankSuppressed } from './disclosure/blank-suppressed.js';
export { redactSummary, type RedactedSummary, type SummaryLayout, type SuppressedFigure } from './disclosure/redact-summary.js';
export { combineOperators, type OperatorCounts, type OperatorGridLayout, type CombineOptions, type CombinedCounts } from './operators/combine-operators.js';
export { resolveShares, type MarketShares, type ShareTable } from './operators/market-shares.js';
export { readMarketShares } from './operators/read-market-shares.js';
export { dailyTable } from './write/daily-table.js';
export { outputFiles } from './write/output-files.js';
export { writeFilesAtomically, type FileToWrite } from './write/write-files-atomically.js';
export { formatEstimate } from './write/table/format-estimate.js';
export { peakPresence, PEAK_PERCENTILES, type PeakSummary, type PeakFigures, type DayValue, type Capacities } from './peak/peak.js';
export type { GroupPeak } from './peak/peaks-by-group.js';
export { formatPeak } from './write/table/format-peak.js';
export { readCapacities } from './peak/read-capacities.js';
export { buildReport, type ReportOptions } from './report/build-report.js';
export { REPORT_SECTIONS } from './report/report-sections.js';
export type { ReportData } from './report/report-data.js';
export type { ReportSection, ReportContext, SectionHtml } from './report/report-section.js';
export { HOURLY_METHODS, type HourlyMethod } from './hourly/hourly-method.js';
export { LABELS, type Labels, type SeedLabels } from './report/labels/labels.js';
export { LANGUAGES, type Language } from './report/labels/language.js';
export { seedLines, seedLineLabel, seedLineInterval, type SeedLine } from './summary/seed-lines.js';
export { formatDailyCsv, type DailyCsvOptions } from './write/format-daily-csv.js';
export { CSV_DIALECTS, type CsvDialectName, type CsvExportDialect } from './write/csv-export-dialect.js';
export { InputError, ModelError, PoolError, UsageError, type InputLocation, type ModelProblem } from './errors.js';
export {
  compareWithSsb,
  SURVEY_GUEST_NIGHTS_PER_HOLIDAY_HOME,
  type Comparison,
  type ComparisonMonth,
  type ComparisonYear,
  type ComparisonUnit,
  type SeasonShares,
  type CompareOptions,
} from './ssb/compare-with-ssb.js';
export { formatComparison } from './write/table/format-comparison.js';
export { readSsbSeries } from './ssb/read-ssb-series.js';
export { readSsbTable } from './ssb/read-ssb-table.js';
export { sumSsbTable, type SsbSeries, type SsbMissing } from './ssb/sum-ssb-table.js';
export type { SsbTable, SsbDimension } from './ssb/ssb-table.js';
export { parseTimeCode, type TimeCode } from './ssb/ssb-time-code.js';
export { readPopulation, type ReadPopulationOptions } from './ssb/read-population.js';
export { readRegionMapping, type RegionMapping } from './ssb/read-region-mapping.js';
export { comparisonTable } from './write/comparison-table.js';
export { comparisonFiles } from './write/comparison-files.js';
export { pearson } from './kernels/pearson.js';
export { spearman } from './kernels/spearman.js';
export { simulateRegion, type SimulateOptions } from './simulate/simulate-region.js';
export type { SimulationResult } from './simulate/simulation-result.js';
export { readScenarioFile } from './simulate/read-scenario-file.js';
export type { Scenario } from './simulate/scenario.js';
export { validateMethods, VALIDATED_METHODS, ANALYST_UPLIFT, type AnalystModel, type ValidatedMethod, type MethodRun } from './validate/validate-methods.js';
export { SCENARIO_VARIATIONS, varyScenario, type ScenarioVariation } from './validate/scenario-variations.js';
export { scoreEstimate, type EstimateScore } from './validate/score-estimate.js';
