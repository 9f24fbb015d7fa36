import type { CalendarMonths } from '../calendar/calendar-months.js';
import { drawStatCount, type DrawColumns, type DrawNumbers } from '../kernels/evaluate-draws.js';
import type { ModelTerms } from './model-terms.js';

/**
 * What the draw kernel reads (`DrawColumns`, `DrawNumbers`), on shared buffers that the worker
 * pool reads in place: the terms with their monthly sums and candidate days, the drawn
 * parameters (parameter-major, as `drawParameters` lays them), the months and years of the
 * span, and room for the quantiles.
 *
 * @example
 * const { columns, numbers } = drawInputs(terms, months, theta, { draws: 10_000, parameterCount: 5, lineCount: 5, probabilities: [0.05, 0.5, 0.95] });
 */
export function drawInputs(
  terms: ModelTerms,
  months: CalendarMonths,
  theta: Float64Array,
  shape: { draws: number; parameterCount: number; lineCount: number; probabilities: readonly number[] },
): { columns: DrawColumns; numbers: DrawNumbers } {
  const rows = terms.rowStart.length - 1;
  const numbers: DrawNumbers = {
    draws: shape.draws,
    parameterCount: shape.parameterCount,
    monthStart: months.monthStart,
    lineCount: shape.lineCount,
    yearOfMonth: Int32Array.from(months.yearOfMonth, (year) => months.years.findIndex((entry) => entry.year === year)),
    daysInYear: Float64Array.from(months.years, (entry) => entry.daysInYear),
    probabilities: Float64Array.from(shape.probabilities),
  };
  const quantiles = new Float64Array(
    new SharedArrayBuffer(Math.max(1, rows * drawStatCount(numbers) * shape.probabilities.length) * Float64Array.BYTES_PER_ELEMENT),
  );
  return { columns: { ...terms, theta, quantiles }, numbers };
}
