import type { HourlyMethod } from '../../hourly/hourly-method.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

import type { Language } from './language.js';

/**
 * The labels of each language, in the order `--help` lists them.
 *
 * @example
 * LABELS.nn.seed.guestNightsPerYear; // 'Gjestedøgn pr. år'
 */
export const LABELS: Readonly<Record<Language, Labels>> = { nb, nn, en };

/** The plan's table's line labels (the Hallingdal plan's table, written in nynorsk there). */
import type { DayType } from '../../calendar/calendar.js';

/** Where a deduction that varies by day takes its values from. */
export type DeductionSource = 'profile' | 'population' | 'file' | 'segment';

export interface SeedLabels {
  devicesPerDay: string;
  /** The uplift line, given the uplift as a formatted percentage ("6"). */
  uplift: (percent: string) => string;
  /** Subtotal shown by the report between the uplift and the deductions. */
  personsPerDay: string;
  /** A deduction line, given the deduction's name from the model. */
  deduction: (name: string) => string;
  /** A deduction's name in words; names other than the plan's four print as given. */
  deductionName: (name: string) => string;
  guestNightsPerDay: string;
  /** The printed annual figure: its definition in the label (the plan's rounded daily figure × 365). */
  guestNightsPerYear: string;
  /** Days with counts; filled days are not among them. */
  daysObserved: string;
  /** Days the model's `fill` filled in: estimated, not observed. */
  filledDays: string;
  /** A column of days that counts filled days with the observed ones (calendar years, seasons). */
  daysObservedOrFilled: string;
  negativeDays: string;
  /** Days left out because their counts are withheld (disclosure control). */
  withheldDays: string;
}

/** Every piece of text the report prints, in one language. Sentences take formatted values. */
export interface Labels {
  language: Language;
  /** BCP 47 tag for `Intl` (numbers, dates). */
  locale: string;
  notApplicable: string;
  seed: SeedLabels;
  title: (model: string) => string;
  period: (from: string, to: string, days: string) => string;
  contents: string;
  footer: string;

  seedTitle: string;
  seedIntro: string;
  region: string;
  area: string;
  areasTitle: string;
  regionWideDeductions: string;
  roundingRule: string;
  yearsTitle: string;
  year: string;
  daysOfYear: (days: string, daysInYear: string) => string;
  guestNights: string;
  extrapolated: string;

  dailyTitle: string;
  dailyIntro: string;
  date: string;
  persons: string;
  personsPresent: string;
  peakMark: (date: string, persons: string) => string;
  dailyCaption: string;
  peakSentence: (date: string, persons: string, median: string, p95: string) => string;

  monthsTitle: string;
  monthsIntro: string;
  monthsRegionTitle: string;
  month: string;
  completeDays: string;
  personsPerDay: string;
  busiestDay: string;
  monthsCaption: string;

  /** Many areas (a national report): the areas ranked, and a heat map of areas × calendar months. */
  rankedTitle: string;
  rankedIntro: (shown: string, total: string) => string;
  rankedCaption: string;
  heatmapTitle: string;
  heatmapIntro: string;
  heatmapCaption: string;
  shareOfBusiestMonth: string;
  sortHint: string;

  seasonsTitle: string;
  seasonsIntro: string;
  /** A season's name as the model gives it; the default calendar's `low` and `high` translated. */
  seasonName: (name: string) => string;
  dayTypeName: Record<DayType, string>;
  seasonOrDayType: string;
  peakPersons: string;
  seasonsCaption: string;

  ssbTitle: string;
  /** The intro, given SSB's table label and the file it came from. */
  ssbIntro: (table: string, file: string) => string;
  /** A unit's heading: its code and name, and the counts' areas added up for it. */
  ssbUnit: (unit: string, areas: string) => string;
  telecom: string;
  ssb: string;
  ratio: string;
  gap: string;
  ssbCaption: string;
  ssbMonthsCaption: string;
  /** What a missing figure in the months' table means. */
  ssbMissing: string;
  /** Pearson's and Spearman's coefficients over the months compared (formatted). */
  ssbCorrelation: (pearson: string, spearman: string, months: string) => string;
  /** Winter's (Dec–Apr) share of each side's guest-nights, as percentage numbers. */
  ssbWinterShares: (telecom: string, ssb: string) => string;
  ssbNoPairs: string;
  ssbYearsCaption: string;
  monthsCompared: string;
  holidayHomes: string;
  gapPerHolidayHome: string;
  /** The cabin survey's guest-nights per holiday home a year (formatted). */
  ssbSurvey: (nights: string) => string;
  ssbWhyTitle: string;
  ssbWhy: string;
  ssbWhyGap: string;
  ssbWhyCorrelation: string;

  hourlyTitle: string;
  /** How guest-nights were made from hourly counts, with the night window's local times. */
  hourlyMethod: (method: HourlyMethod, from: string, to: string) => string;
  /** The model's deductions the method did not apply (their names in words, joined). */
  hourlyNotApplied: (names: string) => string;
  busiestHour: string;
  personsAtBusiestHour: string;
  personsAtNight: string;
  dayVisitors: string;
  hourlyNote: string;

  /** Under the plan's table with draws: what the interval columns are (formatted draws, ranges, seed, first and last quantile keys). */
  intervalNote: (draws: string, ranges: string, seed: string, low: string, high: string) => string;
  sensitivityTitle: string;
  /** The region's point estimate of guest-nights per year (formatted). */
  sensitivityIntro: (point: string) => string;
  sensitivityCaption: string;
  assumption: string;
  low: string;
  high: string;
  atLow: string;
  atHigh: string;
  swing: string;
  varianceShare: string;
  varianceShareNote: string;

  assumptionsTitle: string;
  assumeDevices: string;
  assumeUplift: (percent: string) => string;
  assumeDeductions: string;
  deductionByArea: (total: string, list: string) => string;
  /** A deduction that varies by day: its mean per day and where its values come from (`DeductionSource`). */
  deductionVaries: (mean: string, source: DeductionSource, detail: string) => string;
  assumeGuestNights: string;
  assumeRegion: string;
  assumeMeans: string;
  assumeNegative: string;
  rangesIntro: string;
  /** A triangular range: min, max, and its value, the most likely. */
  rangeTriangular: (min: string, max: string, value: string) => string;
  rangeUniform: (min: string, max: string) => string;
  rangeNormal: (value: string, sd: string) => string;

  coverageTitle: string;
  coverageSpan: (from: string, to: string, days: string, complete: string, incomplete: string) => string;
  incompleteDays: string;
  rowsRead: (rows: string) => string;
  rowsRejected: (rows: string, file: string) => string;
  rowsBlank: (rows: string) => string;
  rowsDuplicated: (rows: string, summed: boolean) => string;
  sources: (counts: string, model: string) => string;
  daysCounted: string;
  daysMissing: string;
  /** The column of days withheld by disclosure control. */
  daysWithheld: string;
  /** What disclosure control did (formatted threshold, area-days and region days withheld), and what the mark means. */
  disclosureNote: (minCount: string, primary: string, secondary: string, mark: string) => string;
  /** `dailyCountsWarning` in the report's language: guest-nights from daily counts are an upper bound. */
  dailyCountsWarning: (areaCount: number) => string;
  rejectedTitle: string;
  line: string;
  field: string;
  reason: string;
  rowAsRead: string;
  moreRejected: (rows: string) => string;
}
