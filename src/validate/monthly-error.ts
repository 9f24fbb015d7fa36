import { yearMonthOfDay } from '../clock/day-number.js';
import { percentOff } from './annual-bias.js';

/** Each calendar month's sums over the nights with an estimate, and the mean of their absolute errors. */
export interface MonthlyError {
  /** Mean over the months of |Σ estimate − Σ truth| / Σ truth × 100 (months whose truth is 0 left out). */
  meanAbsolutePercent: number;
  months: { month: string; nights: number; truth: number; estimate: number; errorPercent: number }[];
}

/**
 * The mean absolute monthly error of an estimated nightly series, in per cent: each calendar month
 * (of the evening) is summed over the nights that have an estimate, its error taken against the
 * truth's sum over the same nights, and the absolute errors averaged with equal weight per month.
 * A month with no estimate is left out.
 *
 * @example
 * // January: truth 100, estimate 110 (+10 %); February: truth 200, estimate 180 (−10 %). Mean 10 %.
 * monthlyError(Float64Array.of(100, 200), Float64Array.of(110, 180), dayOfDate(2024, 1, 31)).meanAbsolutePercent; // 10
 */
export function monthlyError(truth: Float64Array, estimate: Float64Array, firstDay: number): MonthlyError {
  const months = new Map<string, { month: string; nights: number; truth: number; estimate: number; errorPercent: number }>();
  for (let night = 0; night < truth.length; night++) {
    const estimated = estimate[night]!;
    if (estimated !== estimated || truth[night] !== truth[night]) continue;
    const { year, month } = yearMonthOfDay(firstDay + night);
    const key = `${year}-${String(month).padStart(2, '0')}`;
    let entry = months.get(key);
    if (entry === undefined) months.set(key, (entry = { month: key, nights: 0, truth: 0, estimate: 0, errorPercent: NaN }));
    entry.nights++;
    entry.truth += truth[night]!;
    entry.estimate += estimated;
  }
  let sum = 0;
  let counted = 0;
  for (const entry of months.values()) {
    entry.errorPercent = percentOff(entry.estimate, entry.truth);
    if (entry.errorPercent === entry.errorPercent) {
      sum += Math.abs(entry.errorPercent);
      counted++;
    }
  }
  return { meanAbsolutePercent: counted === 0 ? NaN : sum / counted, months: [...months.values()] };
}
