import { addScaled, addToColumn, multiplyColumn } from '../kernels/column-passes.js';
import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';

type RowColumns = Pick<DrawColumns, 'rowStart' | 'paramStart' | 'params' | 'monthSums' | 'monthDays'>;

/**
 * A row's guest-nights per year (mean per observed day × 365) as a function of the parameters,
 * from the same monthly sums the draws use: `(parameters, at)` reads one value per parameter
 * from `parameters[at …]`. NaN for a row without observed days.
 *
 * @example
 * const annual = annualOfRow(columns, numbers, regionRow);
 * annual(pointValues, 0); // the point estimate's guestNightsPerYear
 */
export function annualOfRow(columns: RowColumns, numbers: Pick<DrawNumbers, 'monthStart'>, row: number): (parameters: ArrayLike<number>, at: number) => number {
  const { paramStart, params } = columns;
  const { firstTerm, totals, days } = termTotals(columns, numbers, row);
  return (parameters, at) => {
    let sum = 0;
    for (let index = 0; index < totals.length; index++) {
      const term = firstTerm + index;
      let product = 1;
      for (let p = paramStart[term]!; p < paramStart[term + 1]!; p++) product *= parameters[at + params[p]!]!;
      sum += product * totals[index]!;
    }
    return days > 0 ? (sum / days) * 365 : NaN;
  };
}

/**
 * `annualOfRow` in every draw at once, from the drawn parameters (`theta`, parameter-major): the
 * terms are added column by column in the same order, so each draw's figure is the same to the
 * bit as `annualOfRow` of its parameters.
 *
 * @example
 * const outcome = annualOverDraws(columns, numbers, regionRow); // outcome[draw]
 */
export function annualOverDraws(
  columns: RowColumns & Pick<DrawColumns, 'theta'>,
  numbers: Pick<DrawNumbers, 'monthStart' | 'draws'>,
  row: number,
): Float64Array {
  const { theta, paramStart, params } = columns;
  const { draws } = numbers;
  const { firstTerm, totals, days } = termTotals(columns, numbers, row);
  const sum = new Float64Array(draws);
  const product = new Float64Array(draws);
  totals.forEach((total, index) => {
    const term = firstTerm + index;
    const [from, to] = [paramStart[term]!, paramStart[term + 1]!];
    // 1 × one parameter is that parameter: a term of one parameter is its column.
    if (to === from) return addToColumn(sum, total);
    const column = (p: number) => theta.subarray(params[p]! * draws, (params[p]! + 1) * draws);
    if (to === from + 1) return addScaled(sum, total, column(from));
    product.set(column(from));
    for (let p = from + 1; p < to; p++) multiplyColumn(product, column(p));
    addScaled(sum, total, product);
  });
  return sum.map((value) => (days > 0 ? (value / days) * 365 : NaN));
}

/** Row `row`'s first term, each term's total (its months added in order) and the row's observed days. */
function termTotals(columns: RowColumns, numbers: Pick<DrawNumbers, 'monthStart'>, row: number) {
  const { rowStart, monthSums, monthDays } = columns;
  const firstTerm = rowStart[row]!;
  const termCount = rowStart[row + 1]! - firstTerm;
  const monthCount = numbers.monthStart.length - 1;
  const days = monthDays.subarray(row * monthCount, (row + 1) * monthCount).reduce((sum, value) => sum + value, 0);
  const totals = Array.from({ length: termCount }, (_, term) =>
    monthSums.subarray((firstTerm + term) * monthCount, (firstTerm + term + 1) * monthCount).reduce((sum, value) => sum + value, 0),
  );
  return { firstTerm, totals, days };
}
