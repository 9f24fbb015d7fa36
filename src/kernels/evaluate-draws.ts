import { candidateDays } from './candidate-days.js';
import { selectQuantiles } from './select-quantiles.js';
import { sumTermsByMonth } from './sum-terms-by-month.js';

/** The line of the plan's table a term belongs to: devices, the uplift, then each deduction in model order. */
export const LINE_DEVICES = 0;
export const LINE_UPLIFT = 1;
export const LINE_FIRST_DEDUCTION = 2;

/**
 * What `evaluateDraws` reads: the model's terms (see `ModelTerms`), the grid's devices (which days
 * each row was observed), the drawn parameters, and where the quantiles go. Typed arrays over
 * shared buffers, so the worker pool reads and writes them in place.
 */
export interface DrawColumns {
  /** Drawn parameters, draw-major: `theta[draw × parameterCount + parameter]`. */
  theta: Float64Array;
  /** Terms of row r: `rowStart[r]` to `rowStart[r + 1]`. */
  rowStart: Int32Array;
  /** Parameters of term t: `params[paramStart[t]]` to `params[paramStart[t + 1]]`. */
  paramStart: Int32Array;
  params: Int32Array;
  /** Line of each term: `LINE_DEVICES`, `LINE_UPLIFT` or `LINE_FIRST_DEDUCTION + j`. */
  line: Int32Array;
  /** Coefficient of term t on day d at `t × dayCount + d`. */
  coefficients: Float64Array;
  /** The grid's devices, row × day, NaN where a row was not observed (the region: incomplete days). */
  devices: Float64Array;
  /** Quantiles per row and statistic: `(row × statCount + stat) × quantileCount + q` (see `drawStatCount`). */
  quantiles: Float64Array;
}

/** The scalars of a draw run. */
export interface DrawNumbers {
  draws: number;
  parameterCount: number;
  /** Day offset at which each calendar month starts, then the span's length. */
  monthStart: Int32Array;
  /** Lines with an interval: the uplift and each deduction. */
  lineCount: number;
  /** Index of each month's calendar year among `daysInYear`. */
  yearOfMonth: Int32Array;
  daysInYear: Float64Array;
  /** Ascending, in [0, 1]. */
  probabilities: Float64Array;
}

/** Statistics per row, in order: guest-nights per day, per year (× 365), on the peak day; the uplift and each deduction per day; each year's sum; each year extrapolated; each month's sum. */
export const STAT_PER_DAY = 0;
export const STAT_PER_YEAR = 1;
export const STAT_PEAK_DAY = 2;
export const STAT_FIRST_LINE = 3;

/** How many statistics each row has. */
export function drawStatCount(numbers: Pick<DrawNumbers, 'lineCount' | 'daysInYear' | 'monthStart'>): number {
  return STAT_FIRST_LINE + numbers.lineCount + 2 * numbers.daysInYear.length + numbers.monthStart.length - 1;
}

/**
 * For rows `rowFrom` to `rowTo` (exclusive), evaluate every draw and write the quantiles of each
 * statistic. A draw costs O(terms × months) per row, not O(days): the model is linear in every
 * term's product of parameters, so each term's monthly sums are computed once per row (here, so
 * the pool shares that work; only a term's months with a sum are visited). Only the busiest day
 * needs days, and only the candidate days (those no other day beats in every draw).
 * Rows are independent and draws are taken in order, so results do not depend on threads.
 *
 * @example
 * evaluateDraws(columns, numbers, 0, 7);
 */
export function evaluateDraws(columns: DrawColumns, numbers: DrawNumbers, rowFrom: number, rowTo: number): void {
  const { theta, rowStart, paramStart, params, line, coefficients, devices, quantiles } = columns;
  const { draws, parameterCount, monthStart, lineCount, yearOfMonth, daysInYear, probabilities } = numbers;
  const monthCount = monthStart.length - 1;
  const dayCount = monthStart[monthCount]!;
  const yearCount = daysInYear.length;
  const statCount = drawStatCount(numbers);
  const firstYear = STAT_FIRST_LINE + lineCount;
  const firstExtrapolated = firstYear + yearCount;
  const firstMonth = firstExtrapolated + yearCount;
  // One value per draw and statistic, draw-major: a draw writes its statistics side by side
  // (statistic-major writes, a stride of `draws` apart, cost more than the arithmetic). Each
  // statistic's draws are gathered into `column` for its quantiles.
  const values = new Float64Array(draws * statCount);
  const column = new Float64Array(draws);
  const yearSums = new Float64Array(yearCount);
  const yearDays = new Float64Array(yearCount);
  const lineSums = new Float64Array(lineCount);
  const monthValues = new Float64Array(monthCount);
  for (let row = rowFrom; row < rowTo; row++) {
    const firstTerm = rowStart[row]!;
    const termCount = rowStart[row + 1]! - firstTerm;
    const { sums, days: monthDays } = sumTermsByMonth(coefficients, devices, row, firstTerm, termCount, monthStart);
    // Each term's months with a sum (a month factor's term has one month a year), and its total.
    const termMonthStart = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term++) {
      let months = 0;
      for (let month = 0; month < monthCount; month++) if (sums[term * monthCount + month] !== 0) months++;
      termMonthStart[term + 1] = termMonthStart[term]! + months;
    }
    const termMonths = new Int32Array(termMonthStart[termCount]!);
    const termMonthSums = new Float64Array(termMonthStart[termCount]!);
    const totals = new Float64Array(termCount);
    for (let term = 0, at = 0; term < termCount; term++) {
      for (let month = 0; month < monthCount; month++) {
        const sum = sums[term * monthCount + month]!;
        if (sum === 0) continue;
        termMonths[at] = month;
        termMonthSums[at++] = sum;
        totals[term]! += sum;
      }
    }
    const candidates = candidateDays(coefficients, devices, row, firstTerm, termCount, dayCount);
    const candidateCoefficients = new Float64Array(candidates.length * termCount);
    candidates.forEach((day, candidate) => {
      for (let term = 0; term < termCount; term++) candidateCoefficients[candidate * termCount + term] = coefficients[(firstTerm + term) * dayCount + day]!;
    });
    const products = new Float64Array(termCount);
    let days = 0;
    yearDays.fill(0);
    for (let month = 0; month < monthCount; month++) {
      days += monthDays[month]!;
      yearDays[yearOfMonth[month]!]! += monthDays[month]!;
    }
    for (let draw = 0; draw < draws; draw++) {
      const drawn = draw * parameterCount;
      const drawAt = draw * statCount;
      for (let term = 0; term < termCount; term++) {
        let product = 1;
        for (let at = paramStart[firstTerm + term]!; at < paramStart[firstTerm + term + 1]!; at++) product *= theta[drawn + params[at]!]!;
        products[term] = product;
      }
      // Term by term over its months: each term's sums are contiguous. Each month still adds its terms in term order.
      monthValues.fill(0);
      for (let term = 0; term < termCount; term++) {
        const product = products[term]!;
        for (let at = termMonthStart[term]!; at < termMonthStart[term + 1]!; at++) monthValues[termMonths[at]!]! += product * termMonthSums[at]!;
      }
      yearSums.fill(0);
      let total = 0;
      for (let month = 0; month < monthCount; month++) {
        const sum = monthValues[month]!;
        const observed = monthDays[month]! > 0;
        values[drawAt + firstMonth + month] = observed ? sum : NaN;
        total += sum;
        yearSums[yearOfMonth[month]!]! += sum;
      }
      const perDay = days > 0 ? total / days : NaN;
      values[drawAt + STAT_PER_DAY] = perDay;
      values[drawAt + STAT_PER_YEAR] = perDay * 365;
      for (let year = 0; year < yearCount; year++) {
        const observed = yearDays[year]! > 0;
        values[drawAt + firstYear + year] = observed ? yearSums[year]! : NaN;
        values[drawAt + firstExtrapolated + year] = observed ? (yearSums[year]! / yearDays[year]!) * daysInYear[year]! : NaN;
      }
      lineSums.fill(0);
      for (let term = 0; term < termCount; term++) {
        // Lines with an interval start at the uplift: devices have none.
        const ofLine = line[firstTerm + term]! - LINE_UPLIFT;
        if (ofLine >= 0) lineSums[ofLine]! += products[term]! * totals[term]!;
      }
      // Deductions enter the terms negative; their lines are given as the persons deducted.
      for (let ofLine = 0; ofLine < lineCount; ofLine++) {
        const sign = ofLine + LINE_UPLIFT < LINE_FIRST_DEDUCTION ? 1 : -1;
        values[drawAt + STAT_FIRST_LINE + ofLine] = days > 0 ? (sign * lineSums[ofLine]!) / days : NaN;
      }
      let peak = -Infinity;
      for (let candidate = 0; candidate < candidates.length; candidate++) {
        let value = 0;
        for (let term = 0; term < termCount; term++) value += products[term]! * candidateCoefficients[candidate * termCount + term]!;
        if (value > peak) peak = value;
      }
      values[drawAt + STAT_PEAK_DAY] = days > 0 ? peak : NaN;
    }
    for (let stat = 0; stat < statCount; stat++) {
      const at = (row * statCount + stat) * probabilities.length;
      // A statistic is missing in every draw or in none: it depends on which days were observed, not on the draw.
      if (Number.isNaN(values[stat]!)) {
        quantiles.fill(NaN, at, at + probabilities.length);
        continue;
      }
      for (let draw = 0; draw < draws; draw++) column[draw] = values[draw * statCount + stat]!;
      selectQuantiles(column, 0, draws, probabilities, quantiles, at);
    }
  }
}
