import { selectQuantiles, selectRankPairs } from '../kernels/select-quantiles.js';

/** Scratch, kept between calls (every row of a national peak or report): the observed values, reordered by the selection. */
let scratch = new Float64Array(0);

/** The observed days of a series, its percentiles, and its busiest days. */
export interface BusiestDays {
  /** Days with a value (not NaN). */
  observed: number;
  /** The percentiles asked for (type 7, as `percentileOfSorted`), in their order; NaN for no observed day. */
  percentiles: Float64Array;
  /** The `top` busiest days (indices), busiest first, the earlier first among equals. */
  top: number[];
}

/**
 * The busiest `top` days of a series and its percentiles, by selection, not a sort of every day
 * (`selectQuantiles`): the `top`-th largest value is selected, and only days at or above it are
 * ranked. The same days, in the same order, as sorting every day by value (descending) and then
 * by day; the same percentiles as `percentileOfSorted` of the sorted values.
 *
 * @example
 * busiestDays(Float64Array.of(5, NaN, 9, 9, 1), 2, Float64Array.of(0.5)); // { observed: 4, percentiles: [7], top: [2, 3] }
 */
export function busiestDays(values: Float64Array, top: number, probabilities: Float64Array): BusiestDays {
  // A plain loop into scratch: TypedArray#filter calls back per value and collects into an array first.
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  let observed = 0;
  for (let day = 0; day < values.length; day++) if (values[day] === values[day]) scratch[observed++] = values[day]!;
  const observedValues = scratch.subarray(0, observed);
  const percentiles = new Float64Array(probabilities.length);
  selectQuantiles(observedValues, 0, observed, probabilities, percentiles, 0);
  const count = Math.min(top, observed);
  if (count === 0) return { observed, percentiles, top: [] };
  // The count-th largest is of rank observed − count ascending. The probability that names it may
  // come out a rank lower in floating point: a lower threshold only ranks a few more days.
  const low = new Float64Array(1);
  selectRankPairs(observedValues, Float64Array.of(observed === 1 ? 0 : (observed - count) / (observed - 1)), low, new Float64Array(1));
  const threshold = low[0]!;
  const candidates: number[] = [];
  for (let day = 0; day < values.length; day++) if (values[day]! >= threshold) candidates.push(day);
  candidates.sort((a, b) => values[b]! - values[a]! || a - b);
  return { observed, percentiles, top: candidates.slice(0, count) };
}
