/** The observed days of a series, their values sorted, and its busiest days. */
export interface BusiestDays {
  /** Days with a value (not NaN), in order. */
  observed: number;
  /** The observed values, ascending (for percentiles). */
  sorted: Float64Array;
  /** The `top` busiest days (indices), busiest first, the earlier first among equals. */
  top: number[];
}

/**
 * The busiest `top` days of a series by selection, not a sort of every day: the sorted values
 * give the `top`-th largest, only days at or above it are ranked. The same days, in the same
 * order, as sorting every day by value (descending) and then by day.
 *
 * @example
 * busiestDays(Float64Array.of(5, NaN, 9, 9, 1), 2); // { observed: 4, sorted: [1, 5, 9, 9], top: [2, 3] }
 */
export function busiestDays(values: Float64Array, top: number): BusiestDays {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort();
  const observed = sorted.length;
  const count = Math.min(top, observed);
  if (count === 0) return { observed, sorted, top: [] };
  const threshold = sorted[observed - count]!;
  const candidates: number[] = [];
  for (let day = 0; day < values.length; day++) if (values[day]! >= threshold) candidates.push(day);
  candidates.sort((a, b) => values[b]! - values[a]! || a - b);
  return { observed, sorted, top: candidates.slice(0, count) };
}
