import type { CalendarMonths } from '../calendar-months.js';
import { drawStatCount, type DrawColumns, type DrawNumbers } from '../kernels/evaluate-draws.js';
import type { ModelTerms } from './model-terms.js';

/**
 * Reduce the model's terms to what each draw needs (`DrawColumns`), on shared buffers that the
 * worker pool reads in place: each term's sums per month over its row's observed days (devices
 * not NaN: complete days for the region), kept where not 0, the observed days per month, and the candidate peak
 * days with their coefficients. A day is a candidate unless another day's coefficients are at
 * least as large in every term: every product of parameters is ≥ 0, so that day is at least as
 * busy in every draw (of equal days the earliest stays).
 *
 * @example
 * const { columns, numbers } = drawInputs(terms, grid.devices, months, theta, { draws: 10_000, parameterCount: 5, lineCount: 5, probabilities: [0.05, 0.5, 0.95] });
 */
export function drawInputs(
  terms: ModelTerms,
  devices: Float64Array,
  months: CalendarMonths,
  theta: Float64Array,
  shape: { draws: number; parameterCount: number; lineCount: number; probabilities: readonly number[] },
): { columns: DrawColumns; numbers: DrawNumbers } {
  const rows = terms.rowStart.length - 1;
  const termCount = terms.line.length;
  const monthCount = months.labels.length;
  const dayCount = months.monthStart[monthCount]!;
  const monthSums = new Float64Array(termCount * monthCount);
  const monthDays = sharedFloat64(rows * monthCount);
  const candidatesOfRow: number[][] = [];
  for (let row = 0; row < rows; row++) {
    const observed = (day: number) => !Number.isNaN(devices[row * dayCount + day]!);
    for (let month = 0; month < monthCount; month++) {
      for (let day = months.monthStart[month]!; day < months.monthStart[month + 1]!; day++) {
        if (!observed(day)) continue;
        monthDays[row * monthCount + month]!++;
        for (let term = terms.rowStart[row]!; term < terms.rowStart[row + 1]!; term++) monthSums[term * monthCount + month]! += terms.coefficients[term * dayCount + day]!;
      }
    }
    candidatesOfRow.push(candidateDays(terms, row, dayCount, observed));
  }
  // Each term's months with a sum, in month order.
  const termMonthStart = sharedInt32(termCount + 1);
  for (let term = 0; term < termCount; term++) {
    let months = 0;
    for (let month = 0; month < monthCount; month++) if (monthSums[term * monthCount + month] !== 0) months++;
    termMonthStart[term + 1] = termMonthStart[term]! + months;
  }
  const termMonths = sharedInt32(termMonthStart[termCount]!);
  const termMonthSums = sharedFloat64(termMonthStart[termCount]!);
  for (let term = 0, at = 0; term < termCount; term++) {
    for (let month = 0; month < monthCount; month++) {
      const sum = monthSums[term * monthCount + month]!;
      if (sum === 0) continue;
      termMonths[at] = month;
      termMonthSums[at++] = sum;
    }
  }
  const candidateStart = sharedInt32(rows + 1);
  candidatesOfRow.forEach((days, row) => (candidateStart[row + 1] = candidateStart[row]! + days.length));
  const candidateAt = sharedInt32(candidateStart[rows]!);
  const candidateCoefficients = sharedFloat64(candidatesOfRow.reduce((sum, days, row) => sum + days.length * (terms.rowStart[row + 1]! - terms.rowStart[row]!), 0));
  let at = 0;
  candidatesOfRow.forEach((days, row) => {
    days.forEach((day, index) => {
      candidateAt[candidateStart[row]! + index] = at;
      for (let term = terms.rowStart[row]!; term < terms.rowStart[row + 1]!; term++) candidateCoefficients[at++] = terms.coefficients[term * dayCount + day]!;
    });
  });
  const numbers: DrawNumbers = {
    draws: shape.draws,
    parameterCount: shape.parameterCount,
    monthCount,
    lineCount: shape.lineCount,
    yearOfMonth: Int32Array.from(months.yearOfMonth, (year) => months.years.findIndex((entry) => entry.year === year)),
    daysInYear: Float64Array.from(months.years, (entry) => entry.daysInYear),
    probabilities: Float64Array.from(shape.probabilities),
  };
  const columns: DrawColumns = {
    theta,
    rowStart: toShared(terms.rowStart),
    paramStart: toShared(terms.paramStart),
    params: toShared(terms.params),
    line: toShared(terms.line),
    termMonthStart,
    termMonths,
    termMonthSums,
    monthDays,
    candidateStart,
    candidateAt,
    candidateCoefficients,
    quantiles: sharedFloat64(rows * drawStatCount(numbers) * shape.probabilities.length),
  };
  return { columns, numbers };
}

/** The row's observed days that no other day beats in every term, earliest first among equals. */
function candidateDays(terms: ModelTerms, row: number, dayCount: number, observed: (day: number) => boolean): number[] {
  const first = terms.rowStart[row]!;
  const last = terms.rowStart[row + 1]!;
  const sum = (day: number) => {
    let total = 0;
    for (let term = first; term < last; term++) total += terms.coefficients[term * dayCount + day]!;
    return total;
  };
  const days = [...Array(dayCount).keys()].filter(observed);
  const sums = new Float64Array(dayCount);
  for (const day of days) sums[day] = sum(day);
  // By Σ coefficients, largest first: a day can only be beaten by one that comes before it.
  days.sort((a, b) => sums[b]! - sums[a]! || a - b);
  const kept: number[] = [];
  for (const day of days) {
    const beaten = kept.some((other) => {
      for (let term = first; term < last; term++) if (terms.coefficients[term * dayCount + other]! < terms.coefficients[term * dayCount + day]!) return false;
      return true;
    });
    if (!beaten) kept.push(day);
  }
  return kept.sort((a, b) => a - b);
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * Float64Array.BYTES_PER_ELEMENT)).subarray(0, length);
}

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * Int32Array.BYTES_PER_ELEMENT)).subarray(0, length);
}

function toShared(values: Int32Array): Int32Array {
  const shared = sharedInt32(values.length);
  shared.set(values);
  return shared;
}
