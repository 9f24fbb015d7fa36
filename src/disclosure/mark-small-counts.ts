import { PRIMARY } from './suppression-status.js';

/**
 * Primary suppression by the threshold rule: mark `PRIMARY` in `status` every count below
 * `threshold` in `values[from..to)`. Zero counts are marked too: a published 0 next to a
 * suppressed figure would tell a reader that the latter is at least 1. A missing count (NaN)
 * is not a figure and stays unmarked. With `withhold`, each marked count is also made missing
 * (NaN) in place, so that nothing computed afterwards can hold it (the blank way, applied where
 * the counts are laid out). Returns how many it marked.
 *
 * @example
 * const status = new Uint8Array(4);
 * markSmallCounts(Float64Array.of(120, 3, NaN, 0), 15, status); // 2
 * status; // [0, 1, 0, 1]
 * const counts = Float64Array.of(120, 3);
 * markSmallCounts(counts, 15, new Uint8Array(2), 0, 2, true); // 1; counts [120, NaN]
 */
export function markSmallCounts(values: Float64Array, threshold: number, status: Uint8Array, from = 0, to = values.length, withhold = false): number {
  let marked = 0;
  for (let cell = from; cell < to; cell++) {
    // NaN < threshold is false: a missing count is left alone without a branch of its own.
    if (values[cell]! < threshold) {
      status[cell] = PRIMARY;
      if (withhold) values[cell] = NaN;
      marked++;
    }
  }
  return marked;
}
