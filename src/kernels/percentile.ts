/**
 * A percentile of ascending-sorted values by linear interpolation between closest ranks
 * (Hyndman and Fan's type 7, the default of numpy and R): h = (n − 1)·p, then between the
 * values at ⌊h⌋ and ⌊h⌋ + 1. NaN for no values.
 *
 * @example
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5); // 2.5
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.9); // 3.7
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
