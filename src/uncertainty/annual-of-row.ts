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
export function annualOfRow(columns: DrawColumns, numbers: DrawNumbers, row: number): (parameters: ArrayLike<number>, at: number) => number {
  const { rowStart, paramStart, params, termMonthStart, termMonthSums, monthDays } = columns;
  const { monthCount } = numbers;
  let days = 0;
  for (let month = 0; month < monthCount; month++) days += monthDays[row * monthCount + month]!;
  const totals: number[] = [];
  for (let term = rowStart[row]!; term < rowStart[row + 1]!; term++) {
    let total = 0;
    for (let at = termMonthStart[term]!; at < termMonthStart[term + 1]!; at++) total += termMonthSums[at]!;
    totals.push(total);
  }
  return (parameters, at) => {
    let sum = 0;
    totals.forEach((total, index) => {
      const term = rowStart[row]! + index;
      let product = 1;
      for (let p = paramStart[term]!; p < paramStart[term + 1]!; p++) product *= parameters[at + params[p]!]!;
      sum += product * total;
    });
    return days > 0 ? (sum / days) * 365 : NaN;
  };
}
