import { annualBias, type AnnualBias } from './annual-bias.js';
import { monthlyError, type MonthlyError } from './monthly-error.js';
import { peakNightError, type PeakNightError } from './peak-night-error.js';

/** How an estimated nightly series does against the truth. */
export interface EstimateScore {
  annual: AnnualBias;
  monthly: MonthlyError;
  peakNight: PeakNightError;
}

/**
 * Score one estimated nightly series (dated by evening, NaN where missing) against the truth:
 * annual bias, mean absolute monthly error and the error on the truth's peak night, all in per cent.
 *
 * @example
 * const score = scoreEstimate(truth, estimate, firstDay);
 * score.annual.biasPercent; score.monthly.meanAbsolutePercent; score.peakNight.errorPercent;
 */
export function scoreEstimate(truth: Float64Array, estimate: Float64Array, firstDay: number): EstimateScore {
  if (truth.length !== estimate.length)
    throw new RangeError(`the estimate must have one value per night of the truth (${truth.length}), got ${estimate.length}`);
  return {
    annual: annualBias(truth, estimate, firstDay),
    monthly: monthlyError(truth, estimate, firstDay),
    peakNight: peakNightError(truth, estimate, firstDay),
  };
}

/**
 * Score an estimate per area and for the region. Both arrays hold rows of `nights` values, one row
 * per code in `codes` (the simulator's layout: municipalities, then the region last); a row of
 * the estimate that is all NaN gets a score of NaNs.
 *
 * @example
 * const scores = scoreByArea(result.truth.guestNights, estimate, [...result.areaCodes, 'region'], result.dayCount, result.firstDay);
 * scores.region.annual.biasPercent;
 */
export function scoreByArea(
  truth: Float64Array,
  estimate: Float64Array,
  codes: readonly string[],
  nights: number,
  firstDay: number,
): Record<string, EstimateScore> {
  const expected = codes.length * nights;
  if (truth.length !== expected || estimate.length !== expected)
    throw new RangeError(
      `truth and estimate must have ${codes.length} rows of ${nights} nights (${expected} values), got ${truth.length} and ${estimate.length}`,
    );
  return Object.fromEntries(
    codes.map((code, row) => [
      code,
      scoreEstimate(truth.subarray(row * nights, (row + 1) * nights), estimate.subarray(row * nights, (row + 1) * nights), firstDay),
    ]),
  );
}
