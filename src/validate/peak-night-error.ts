import { formatDay } from '../clock/day-number.js';
import { percentOff } from './annual-bias.js';

/** The truth's busiest night and the estimate's error on it. */
export interface PeakNightError {
  /** The evening of the night, `YYYY-MM-DD`. */
  night: string;
  truth: number;
  /** NaN where the estimate is missing that night. */
  estimate: number;
  errorPercent: number;
}

/**
 * The error of an estimate on the truth's busiest night (the first, if several tie): what a
 * capacity plan sized on the estimated peak would be off by.
 *
 * @example
 * // The truth peaks on the second night (300); the estimate says 270 there: −10 %.
 * peakNightError(Float64Array.of(100, 300, 200), Float64Array.of(500, 270, 200), dayOfDate(2024, 2, 9)).errorPercent; // -10
 */
export function peakNightError(truth: Float64Array, estimate: Float64Array, firstDay: number): PeakNightError {
  let peak = -1;
  for (let night = 0; night < truth.length; night++) if (peak === -1 || truth[night]! > truth[peak]!) peak = night;
  if (peak === -1) return { night: '', truth: NaN, estimate: NaN, errorPercent: NaN };
  const estimated = estimate[peak]!;
  return { night: formatDay(firstDay + peak), truth: truth[peak]!, estimate: estimated, errorPercent: percentOff(estimated, truth[peak]!) };
}
