/**
 * Quantiles of `values[from … from + length)` by linear interpolation between closest ranks
 * (Hyndman and Fan's type 7, numpy's and R's default, as `percentileOfSorted`), written to
 * `out[at …]` in the order of `probabilities` (ascending). Reorders the values in place: each
 * needed rank is found by quickselect, so a quantile costs O(n), not a sort's O(n log n). NaN
 * for no values.
 *
 * @example
 * const out = new Float64Array(2);
 * selectQuantiles(Float64Array.of(4, 1, 3, 2), 0, 4, Float64Array.of(0.5, 0.9), out, 0); // out: [2.5, 3.7]
 */
export function selectQuantiles(values: Float64Array, from: number, length: number, probabilities: Float64Array, out: Float64Array, at: number): void {
  if (length === 0) {
    out.fill(NaN, at, at + probabilities.length);
    return;
  }
  const end = from + length;
  // Ranks rise with the probabilities: each search starts where the last one's rank left off.
  let left = from;
  for (let index = 0; index < probabilities.length; index++) {
    const h = (length - 1) * probabilities[index]!;
    const rank = from + Math.floor(h);
    select(values, left, end - 1, rank);
    left = rank;
    let next = values[rank]!;
    if (rank + 1 < end) {
      // After the selection everything right of `rank` is ≥ it: the next rank is their minimum.
      next = values[rank + 1]!;
      for (let cell = rank + 2; cell < end; cell++) if (values[cell]! < next) next = values[cell]!;
    }
    out[at + index] = values[rank]! + (h - Math.floor(h)) * (next - values[rank]!);
  }
}

/** Hoare's quickselect on `[low, high]`: afterwards values[rank] is the value of that rank, smaller ones left, larger right. */
function select(values: Float64Array, low: number, high: number, rank: number): void {
  while (high > low) {
    // Median of three as the pivot: sorted or constant input stays O(n).
    const middle = (low + high) >>> 1;
    if (values[middle]! < values[low]!) swap(values, middle, low);
    if (values[high]! < values[low]!) swap(values, high, low);
    if (values[high]! < values[middle]!) swap(values, high, middle);
    const pivot = values[middle]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const value = values[a]!;
  values[a] = values[b]!;
  values[b] = value;
}
