import { PRIMARY } from './suppression-status.js';

/**
 * Primary suppression by the threshold rule: mark `PRIMARY` in `status` every count below
 * `threshold` in `values[from..to)`. Zero counts are marked too: a published 0 next to a
 * suppressed figure would tell a reader that the latter is at least 1. A missing count (NaN)
 * is not a figure and stays unmarked. Returns how many it marked.
 *
 * @example
 * const status = new Uint8Array(4);
 * markSmallCounts(Float64Array.of(120, 3, NaN, 0), 15, status); // 2
 * status; // [0, 1, 0, 1]
 */
export function markSmallCounts(values: Float64Array, threshold: number, status: Uint8Array, from = 0, to = values.length): number {
  let marked = 0;
  for (let cell = from; cell < to; cell++) {
    // NaN < threshold is false: a missing count is left alone without a branch of its own.
    if (values[cell]! < threshold) {
      status[cell] = PRIMARY;
      marked++;
    }
  }
  return marked;
}
