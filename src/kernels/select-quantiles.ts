/** Below this many values a quantile is found by quickselect alone: a histogram would not pay. */
const HISTOGRAM_FROM = 1024;
/** The most buckets: a bucket number fits in 16 bits, with two buckets to spare at the top. */
const MAX_BUCKETS = 65_533;

/** Scratch, kept per thread between calls: bucket counts and numbers, and the values of the buckets that hold a rank. */
let counts = new Int32Array(0);
let bucketNumbers = new Uint16Array(0);
let kept = new Float64Array(0);

/**
 * A histogram of one column of values, filled by the caller as it works the values out:
 * value i goes to bucket `bucketOf[i] = ⌊(value − least) × scale⌋` and `counts` of that bucket
 * goes up by one. Buckets run from 0 to `buckets + 1` (the top two catch rounding at the bounds).
 */
export interface RankHistogram {
  least: number;
  scale: number;
  buckets: number;
  /** Zeroed when made; `buckets + 2` of them. */
  counts: Int32Array;
  bucketOf: Uint16Array;
}

/**
 * An empty histogram for `length` values between `least` and `greatest` (bounds a little wide
 * are fine: only the buckets get wider): n / 4 equal buckets. Scratch of the calling thread,
 * valid until the next call. Undefined when the bounds are not finite.
 *
 * @example
 * const histogram = rankHistogram(values.length, 0, 10);
 * for (let i = 0; i < values.length; i++) {
 *   const bucket = ((values[i] - histogram.least) * histogram.scale) | 0;
 *   histogram.bucketOf[i] = bucket;
 *   histogram.counts[bucket]++;
 * }
 * selectFromHistogram(values, histogram, probabilities, low, high);
 */
export function rankHistogram(length: number, least: number, greatest: number): RankHistogram | undefined {
  const buckets = Math.min(MAX_BUCKETS, Math.max(1, length >>> 2));
  // Equal bounds (every value the same): one bucket of any positive width.
  const scale = greatest > least ? buckets / (greatest - least) : 1;
  if (!Number.isFinite(least) || !Number.isFinite(greatest) || !Number.isFinite(scale)) return undefined;
  // Arrays of exactly this size, not views of larger ones: the hot loops index them faster.
  if (counts.length !== buckets + 2) counts = new Int32Array(buckets + 2);
  if (bucketNumbers.length !== length) bucketNumbers = new Uint16Array(length);
  counts.fill(0);
  return { least, scale, buckets, counts, bucketOf: bucketNumbers };
}

/**
 * Quantiles of `values[from … from + length)` by linear interpolation between closest ranks
 * (Hyndman and Fan's type 7, numpy's and R's default, as `percentileOfSorted`), written to
 * `out[at …]` in the order of `probabilities` (ascending). May reorder the values. NaN for no values.
 *
 * @example
 * const out = new Float64Array(2);
 * selectQuantiles(Float64Array.of(4, 1, 3, 2), 0, 4, Float64Array.of(0.5, 0.9), out, 0); // out: [2.5, 3.7]
 */
export function selectQuantiles(values: Float64Array, from: number, length: number, probabilities: Float64Array, out: Float64Array, at: number): void {
  const low = new Float64Array(probabilities.length);
  const high = new Float64Array(probabilities.length);
  selectRankPairs(length === values.length && from === 0 ? values : values.subarray(from, from + length), probabilities, low, high);
  for (let index = 0; index < probabilities.length; index++) out[at + index] = interpolateRanks(length, probabilities[index]!, low[index]!, high[index]!);
}

/**
 * The type-7 quantile at `probability` of `length` values from the two values it lies between
 * (`low` of rank ⌊h⌋, `high` of the next, h = (length − 1) × probability), as `selectRankPairs`
 * gives them; NaN for no values. A caller that maps every value by one non-decreasing function
 * (× a positive constant, ÷ the days) may map `low` and `high` instead: the ranks are the same.
 *
 * @example
 * interpolateRanks(4, 0.9, 3, 4); // 3.7: h = 2.7, between the values of rank 2 and 3
 */
export function interpolateRanks(length: number, probability: number, low: number, high: number): number {
  const h = (length - 1) * probability;
  return low + (h - Math.floor(h)) * (high - low);
}

/**
 * For each probability p (ascending, in [0, 1]) the values of rank ⌊h⌋ and ⌊h⌋ + 1 (the last
 * rank at p = 1) among `values`, h = (n − 1) × p: `low[i]` and `high[i]`. NaN for no values.
 *
 * Exact, whatever the values, in three passes: their least and greatest; a histogram of n / 4
 * equal buckets between them (`rankHistogram`); the values of the buckets that hold the ranks
 * (`selectFromHistogram`). Values with NaN, or fewer than 1 024 of them, go to quickselect
 * (Hoare's, median of three), which reorders them.
 *
 * @example
 * const low = new Float64Array(1), high = new Float64Array(1);
 * selectRankPairs(Float64Array.of(4, 1, 3, 2), Float64Array.of(0.5), low, high); // low [2], high [3]
 */
export function selectRankPairs(values: Float64Array, probabilities: Float64Array, low: Float64Array, high: Float64Array): void {
  const length = values.length;
  if (length === 0) {
    low.fill(NaN);
    high.fill(NaN);
    return;
  }
  if (length < HISTOGRAM_FROM || !selectByHistogram(values, probabilities, low, high)) quickselectRankPairs(values, 0, length, probabilities, low, high);
}

/** `selectRankPairs` by a histogram of the values; false (nothing written) for values with NaN or an infinite span. */
function selectByHistogram(values: Float64Array, probabilities: Float64Array, low: Float64Array, high: Float64Array): boolean {
  const length = values.length;
  let least = values[0]!;
  let greatest = least;
  let sum = 0;
  for (let index = 0; index < length; index++) {
    const value = values[index]!;
    if (value < least) least = value;
    if (value > greatest) greatest = value;
    sum += value;
  }
  // The sum is NaN when any value is NaN (NaN is neither least nor greatest: its rank is not defined).
  if (sum !== sum) return false;
  // All equal (a range-free model's draws): every rank is that value.
  if (least === greatest) {
    low.fill(least);
    high.fill(least);
    return true;
  }
  const histogram = rankHistogram(length, least, greatest);
  if (histogram === undefined) return false;
  const { scale, counts: inBucket, bucketOf } = histogram;
  for (let index = 0; index < length; index++) {
    const bucket = ((values[index]! - least) * scale) | 0;
    bucketOf[index] = bucket;
    inBucket[bucket]!++;
  }
  return selectFromHistogram(values, histogram, probabilities, low, high);
}

/**
 * `selectRankPairs` on values whose histogram is filled (see `rankHistogram`): the running
 * counts say which bucket holds each rank; one pass keeps those buckets' values, a handful
 * each, and the ranks are selected among them. False (nothing written) when the counts do not
 * add up to the values (a value outside the histogram's bounds): use `selectRankPairs`.
 *
 * @example
 * if (!selectFromHistogram(values, histogram, probabilities, low, high)) selectRankPairs(values, probabilities, low, high);
 */
export function selectFromHistogram(
  values: Float64Array,
  histogram: RankHistogram,
  probabilities: Float64Array,
  low: Float64Array,
  high: Float64Array,
): boolean {
  const length = values.length;
  const { counts: inBucket, bucketOf } = histogram;
  const bucketCount = inBucket.length;
  let total = 0;
  for (let bucket = 0; bucket < bucketCount; bucket++) total += inBucket[bucket]!;
  if (total !== length) return false;
  // Which bucket holds each rank wanted (⌊h⌋ and the next), and how many ranks come before it.
  const count = probabilities.length;
  const wanted = new Int32Array(2 * count);
  for (let index = 0; index < count; index++) {
    const rank = Math.floor((length - 1) * probabilities[index]!);
    wanted[2 * index] = rank;
    wanted[2 * index + 1] = Math.min(rank + 1, length - 1);
  }
  const bucketOfRank = new Int32Array(2 * count);
  const before = new Int32Array(2 * count);
  for (let bucket = 0, ranks = 0, next = 0; bucket < bucketCount && next < wanted.length; bucket++) {
    const values = inBucket[bucket]!;
    // `wanted` ascends: every rank below ranks + values is in this bucket.
    while (next < wanted.length && wanted[next]! < ranks + values) {
      bucketOfRank[next] = bucket;
      before[next++] = ranks;
    }
    ranks += values;
  }
  // Room for the wanted buckets' values, each bucket once; `inBucket` becomes each one's next place there (−1: not wanted).
  let room = 0;
  const startOf = new Map<number, number>();
  for (let index = 0; index < wanted.length; index++) {
    const bucket = bucketOfRank[index]!;
    if (startOf.has(bucket)) continue;
    startOf.set(bucket, room);
    room += inBucket[bucket]!;
  }
  if (kept.length < room) kept = new Float64Array(Math.max(room, 2 * kept.length));
  // In locals: the hot loop does not reload the module's bindings.
  const into = kept;
  inBucket.fill(-1);
  for (const [bucket, start] of startOf) inBucket[bucket] = start;
  for (let index = 0; index < length; index++) {
    const at = inBucket[bucketOf[index]!]!;
    if (at >= 0) {
      into[at] = values[index]!;
      inBucket[bucketOf[index]!] = at + 1;
    }
  }
  // Each wanted rank among its bucket's values (from startOf to where the bucket's count reached).
  for (let index = 0; index < wanted.length; index++) {
    const bucket = bucketOfRank[index]!;
    const start = startOf.get(bucket)!;
    const at = start + wanted[index]! - before[index]!;
    select(into, start, inBucket[bucket]! - 1, at);
    if (index % 2 === 0) low[index >> 1] = into[at]!;
    else high[index >> 1] = into[at]!;
  }
  return true;
}

/** `selectRankPairs` by quickselect on `values[from … from + length)`, reordering them. */
function quickselectRankPairs(values: Float64Array, from: number, length: number, probabilities: Float64Array, low: Float64Array, high: Float64Array): void {
  const end = from + length;
  let left = from;
  for (let index = 0; index < probabilities.length; index++) {
    const rank = from + Math.floor((length - 1) * probabilities[index]!);
    pairAt(values, left, end, rank, low, high, index);
    // Ranks rise with the probabilities: each search starts where the last one's rank left off.
    left = rank;
  }
}

/** Select `rank` within `[left, end)` and write it and the next rank's value (the least to its right) at `index`. */
function pairAt(values: Float64Array, left: number, end: number, rank: number, low: Float64Array, high: Float64Array, index: number): void {
  select(values, left, end - 1, rank);
  let next = values[rank]!;
  if (rank + 1 < end) {
    // After the selection everything right of `rank` is ≥ it: the next rank is their minimum.
    next = values[rank + 1]!;
    for (let cell = rank + 2; cell < end; cell++) if (values[cell]! < next) next = values[cell]!;
  }
  low[index] = values[rank]!;
  high[index] = next;
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
