import type { CalendarMonths } from '../calendar/calendar-months.js';
import { STAT_FIRST_LINE, STAT_PEAK_DAY, STAT_PER_DAY, STAT_PER_YEAR, drawStatCount, type DrawColumns, type DrawNumbers } from '../kernels/evaluate-draws.js';
import type { Model, ParameterRange } from '../model/model.js';
import type { DeductionInputs, GridShape, ResolvedDeductions } from '../model/resolve-deductions.js';
import { annualOfRow, annualOverDraws } from './annual-of-row.js';
import { drawInputs } from './draw-inputs.js';
import { drawParameters } from './draw-parameters.js';
import { modelTerms } from './model-terms.js';
import { quantileKey } from './quantile-key.js';
import { tornado, type TornadoBar } from './tornado.js';
import { varianceShares, type VarianceShare } from './variance-shares.js';

/** Quantiles of one figure over the draws, keyed `p5`, `p50`, `p95` (per the probabilities asked for). */
export type Interval = Record<string, number>;

/** Intervals for the region or one area; null where the point estimate has no figure. */
export interface RowIntervals {
  upliftPerDay: Interval | null;
  deductionsPerDay: Record<string, Interval | null>;
  guestNightsPerDay: Interval | null;
  guestNightsPerYear: Interval | null;
  /** Guest-nights on the busiest day of each draw (the day may differ between draws). */
  peakDay: Interval | null;
  years: Array<{ year: number; guestNights: Interval | null; guestNightsExtrapolated: Interval | null }>;
  months: Array<{ month: string; guestNights: Interval | null }>;
}

/** The estimate's uncertainty: what was drawn, intervals on every figure, and which assumption matters most. */
export interface Uncertainty {
  draws: number;
  seed: number;
  probabilities: number[];
  /** The ranges drawn, in model order. */
  parameters: ParameterRange[];
  region: RowIntervals;
  areas: Record<string, RowIntervals>;
  /** The region's guest-nights per year, one parameter at a time at its low and high; largest swing first. Empty without a complete day. */
  tornado: TornadoBar[];
  /** Each parameter's share of the variance of the region's guest-nights per year over the draws. */
  varianceShares: VarianceShare[];
  /** True where the counts bound guest-nights from above only (daily counts): every guest-night interval's quantiles below the median are 0 (`boundDailyGuestNights`). */
  oneSided?: true;
}

/** How to draw: how many draws, the seed, the quantiles, and where to run. */
export interface UncertaintyOptions {
  draws: number;
  seed: number;
  probabilities: readonly number[];
  /** Runs the draw kernel over rows; inline or in the pool. */
  run: (columns: DrawColumns, numbers: DrawNumbers) => Promise<void>;
  /** Draws the parameters as `drawParameters` does, elsewhere (in the pool, while this thread splits the model into terms); by default here. */
  drawParameters?: (ranges: ParameterRange[], draws: number, seed: number) => Promise<Float64Array>;
}

/** What the estimate already laid out: the grid (region row summed), its months and deductions. */
export interface LaidOut {
  shape: GridShape;
  months: CalendarMonths;
  deductions: ResolvedDeductions;
  inputs: DeductionInputs;
  /** False for an area row when a deduction is region-wide: it has no guest-nights. */
  hasGuestNights: (row: number) => boolean;
}

/**
 * Draw the model's ranges and give every figure an interval. One draw takes one value per
 * parameter, shared by all days and areas. The model is split into terms (`modelTerms`) whose
 * sufficient sums (per row, term and month, and on the candidate busiest days) are computed
 * once, so a draw costs a few multiply-adds per row, month and group of terms; rows are split
 * across threads, and each draw's stream is seeded from (seed, draw): the result is the same to
 * the byte for any number of threads.
 *
 * @example
 * const uncertainty = await estimateUncertainty(model, laidOut, { draws: 10_000, seed: 1, probabilities: [0.05, 0.5, 0.95], run });
 * uncertainty.region.guestNightsPerYear; // { p5: …, p50: …, p95: … }
 */
export async function estimateUncertainty(model: Model, laidOut: LaidOut, options: UncertaintyOptions): Promise<Uncertainty> {
  const { shape, months, deductions, inputs } = laidOut;
  const ranges = model.ranges ?? [];
  const names = Object.keys(model.deductions);
  const drawing = options.drawParameters?.(ranges, options.draws, options.seed);
  // Heard now: should the terms fail while the parameters are drawn, theirs is the error reported.
  drawing?.catch(() => {});
  const terms = modelTerms(model, shape, deductions, inputs, months.monthStart);
  const theta = drawing === undefined ? drawParameters(ranges, options.draws, options.seed) : await drawing;
  const { columns, numbers } = drawInputs(terms, months, theta, {
    draws: options.draws,
    parameterCount: ranges.length,
    lineCount: 1 + names.length,
    probabilities: options.probabilities,
  });
  await options.run(columns, numbers);

  const statCount = drawStatCount(numbers);
  const keys = options.probabilities.map(quantileKey);
  const intervalOf = (row: number, stat: number): Interval | null => {
    const at = (row * statCount + stat) * keys.length;
    if (Number.isNaN(columns.quantiles[at]!)) return null;
    const interval: Interval = {};
    for (let index = 0; index < keys.length; index++) interval[keys[index]!] = columns.quantiles[at + index]!;
    return interval;
  };
  const firstYear = STAT_FIRST_LINE + numbers.lineCount;
  const rowIntervals = (row: number): RowIntervals => {
    const guests = laidOut.hasGuestNights(row);
    const ofGuests = (stat: number) => (guests ? intervalOf(row, stat) : null);
    const isArea = row < shape.areaCodes.length;
    return {
      upliftPerDay: intervalOf(row, STAT_FIRST_LINE),
      deductionsPerDay: Object.fromEntries(
        names.map((name, index) => [name, isArea && deductions.regionWide.has(name) ? null : intervalOf(row, STAT_FIRST_LINE + 1 + index)]),
      ),
      guestNightsPerDay: ofGuests(STAT_PER_DAY),
      guestNightsPerYear: ofGuests(STAT_PER_YEAR),
      peakDay: ofGuests(STAT_PEAK_DAY),
      years: months.years.map(({ year }, index) => ({
        year,
        guestNights: ofGuests(firstYear + index),
        guestNightsExtrapolated: ofGuests(firstYear + months.years.length + index),
      })),
      months: months.labels.map((month, index) => ({ month, guestNights: ofGuests(firstYear + 2 * months.years.length + index) })),
    };
  };

  const regionRow = shape.areaCodes.length;
  const annual = annualOfRow(columns, numbers, regionRow);
  const outcome = annualOverDraws(columns, numbers, regionRow);
  // Without a complete day the region has no guest-nights per year to be sensitive.
  const regionHasFigure = !Number.isNaN(
    annual(
      ranges.map((range) => range.value),
      0,
    ),
  );
  return {
    draws: options.draws,
    seed: options.seed,
    probabilities: [...options.probabilities],
    parameters: ranges,
    region: rowIntervals(regionRow),
    areas: Object.fromEntries(shape.areaCodes.map((code, row) => [code, rowIntervals(row)])),
    tornado: regionHasFigure ? tornado(ranges, annual) : [],
    varianceShares: regionHasFigure
      ? varianceShares(
          ranges.map((range) => range.name),
          theta,
          outcome,
        )
      : [],
  };
}
