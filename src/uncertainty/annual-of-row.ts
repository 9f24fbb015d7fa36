import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';

/**
 * A row's guest-nights per year (mean per observed day × 365) as a function of the parameters,
 * from the same monthly sums the draws use: `(parameters, at)` reads one value per parameter
 * from `parameters[at …]`. NaN for a row without observed days.
 *
 * @example
 * const annual = annualOfRow(columns, numbers, regionRow);
 * annual(pointValues, 0); // the point estimate's guestNightsPerYear
 */
export function annualOfRow(
  columns: Pick<DrawColumns, 'rowStart' | 'paramStart' | 'params' | 'monthSums' | 'monthDays'>,
  numbers: Pick<DrawNumbers, 'monthStart'>,
  row: number,
): (parameters: ArrayLike<number>, at: number) => number {
  const { rowStart, paramStart, params, monthSums, monthDays } = columns;
  const firstTerm = rowStart[row]!;
  const termCount = rowStart[row + 1]! - firstTerm;
  const monthCount = numbers.monthStart.length - 1;
  const days = monthDays.subarray(row * monthCount, (row + 1) * monthCount).reduce((sum, value) => sum + value, 0);
  // Each term's total, its months added in order.
  const totals = Array.from({ length: termCount }, (_, term) =>
    monthSums.subarray((firstTerm + term) * monthCount, (firstTerm + term + 1) * monthCount).reduce((sum, value) => sum + value, 0),
  );
  return (parameters, at) => {
    let sum = 0;
    totals.forEach((total, index) => {
      const term = firstTerm + index;
      let product = 1;
      for (let p = paramStart[term]!; p < paramStart[term + 1]!; p++) product *= parameters[at + params[p]!]!;
      sum += product * total;
    });
    return days > 0 ? (sum / days) * 365 : NaN;
  };
}
