/** Below this many values a quantile is found by quickselect alone: a histogram would not pay. */
const HISTOGRAM_FROM = 1024;
/** Values per bucket, on average: a wanted bucket is quick to select in, and the buckets are few beside the values. */
const VALUES_PER_BUCKET = 16;

/** Scratch, kept per thread between calls: the values of a bucket that holds a wanted rank. */
let kept = new Float64Array(0);
/** The bucket whose values `kept` holds in this selection (−1: none yet). */
let keptBucket = -1;
/** Scratch of `extremes`: the least and greatest value. */
const extremeValues = new Float64Array(2);

/**
 * A histogram of one column of values that lists each bucket's values, filled by the caller as
 * it works the values out: value i (of value v) goes to bucket b = `⌊(v − least) × scale⌋`;
 * `counts[b]` goes up by one, `next[i] = head[b]` and `head[b] = i` (each bucket a list of its
 * values, last in first). Buckets run from 0 to `buckets + 1` (the top two catch rounding at the
 * bounds). The bucket is a non-decreasing function of the value, so every value of a lower bucket
 * is at most every value of a higher one: the counts say which bucket holds a rank, and its list
 * gives its values without another pass over all of them.
 */
export interface RankHistogram {
  least: number;
  scale: number;
  buckets: number;
  /** `buckets + 2` of them, zeroed when made. */
  counts: Int32Array;
  /** Per bucket, the value put in it last; −1 when made. */
  head: Int32Array;
  /** Per value, the one put in its bucket before it (−1: none). */
  next: Int32Array;
}

/** The arrays a histogram is kept in, reused from one histogram to the next (`rankHistogram`). */
export interface HistogramScratch {
  counts: Int32Array;
  head: Int32Array;
  next: Int32Array;
}

/**
 * Arrays for histograms: one set per histogram that must outlive the next one made.
 *
 * @example
 * const scratch = histogramScratch();
 * const histogram = rankHistogram(10_000, 0, 1, scratch);
 */
export function histogramScratch(): HistogramScratch {
  return { counts: new Int32Array(0), head: new Int32Array(0), next: new Int32Array(0) };
}

/** The calling thread's arrays for histograms that need not outlive the next. */
const threadScratch = histogramScratch();

/**
 * An empty histogram for `length` values between `least` and `greatest` (bounds a little wide
 * are fine: only the buckets get wider): one bucket per 16 values. Kept in `scratch` (by default
 * the calling thread's), valid until the next histogram made in it. Undefined when the bounds are not finite.
 *
 * @example
 * const histogram = rankHistogram(values.length, 0, 10);
 * values.forEach((value, index) => {
 *   const bucket = ((value - histogram.least) * histogram.scale) | 0;
 *   histogram.counts[bucket]++;
 *   histogram.next[index] = histogram.head[bucket];
 *   histogram.head[bucket] = index;
 * });
 * selectFromHistogram((index) => values[index], histogram, probabilities, low, high);
 */
export function rankHistogram(length: number, least: number, greatest: number, scratch = threadScratch): RankHistogram | undefined {
  const buckets = Math.max(1, Math.floor(length / VALUES_PER_BUCKET));
  // Equal bounds (every value the same): one bucket of any positive width.
  const scale = greatest > least ? buckets / (greatest - least) : 1;
  if (!Number.isFinite(least) || !Number.isFinite(greatest) || !Number.isFinite(scale)) return undefined;
  // Arrays of exactly this size, not views of larger ones: the hot loops index them faster.
  if (scratch.counts.length !== buckets + 2) [scratch.counts, scratch.head] = [new Int32Array(buckets + 2), new Int32Array(buckets + 2)];
  if (scratch.next.length !== length) scratch.next = new Int32Array(length);
  scratch.counts.fill(0);
  scratch.head.fill(-1);
  return { least, scale, buckets, counts: scratch.counts, head: scratch.head, next: scratch.next };
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
 * Exact, whatever the values, in two passes: their least and greatest; a histogram of n / 16
 * equal buckets between them that lists each bucket's values (`rankHistogram`), the ranks
 * selected among the values of the buckets that hold them (`selectFromHistogram`). Values with
 * NaN, or fewer than 1 024 of them, go to quickselect (Hoare's, median of three), which reorders them.
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
  // NaN is neither least nor greatest: its rank is not defined.
  if (!extremes(values)) return false;
  const [least, greatest] = [extremeValues[0]!, extremeValues[1]!];
  // All equal (a range-free model's draws): every rank is that value.
  if (least === greatest) {
    low.fill(least);
    high.fill(least);
    return true;
  }
  const histogram = rankHistogram(length, least, greatest);
  if (histogram === undefined) return false;
  listInBuckets(values, histogram);
  return selectFromHistogram((index) => values[index]!, histogram, probabilities, low, high);
}

/** The least and greatest of `values` (not empty) into `extremeValues`; false when one is NaN. */
function extremes(values: Float64Array): boolean {
  let least = values[0]!;
  let greatest = least;
  let nan = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    if (value < least) least = value;
    if (value > greatest) greatest = value;
    if (value !== value) nan = true;
  }
  extremeValues[0] = least;
  extremeValues[1] = greatest;
  return !nan;
}

/** Each value counted and listed in its bucket of `histogram`, four a turn (see `RankHistogram`). */
function listInBuckets(values: Float64Array, { least, scale, counts, head, next }: RankHistogram): void {
  const length = values.length;
  const whole = length - (length % 4);
  let index = 0;
  for (; index < whole; index += 4) {
    const b0 = ((values[index]! - least) * scale) | 0;
    counts[b0]!++;
    next[index] = head[b0]!;
    head[b0] = index;
    const b1 = ((values[index + 1]! - least) * scale) | 0;
    counts[b1]!++;
    next[index + 1] = head[b1]!;
    head[b1] = index + 1;
    const b2 = ((values[index + 2]! - least) * scale) | 0;
    counts[b2]!++;
    next[index + 2] = head[b2]!;
    head[b2] = index + 2;
    const b3 = ((values[index + 3]! - least) * scale) | 0;
    counts[b3]!++;
    next[index + 3] = head[b3]!;
    head[b3] = index + 3;
  }
  for (; index < length; index++) {
    const bucket = ((values[index]! - least) * scale) | 0;
    counts[bucket]!++;
    next[index] = head[bucket]!;
    head[bucket] = index;
  }
}

/**
 * `selectRankPairs` on values whose histogram is filled (see `rankHistogram`; its `next` has one
 * entry per value): the running counts say which bucket holds each rank, and the ranks are
 * selected among that bucket's values, a few dozen, taken from its list; `valueOf(i)` gives
 * value i, so values need not be kept for the buckets that hold no rank. False (nothing written)
 * when the counts do not add up to the values (a value outside the histogram's bounds): use `selectRankPairs`.
 *
 * @example
 * if (!selectFromHistogram((index) => values[index], histogram, probabilities, low, high)) selectRankPairs(values, probabilities, low, high);
 */
export function selectFromHistogram(
  valueOf: (index: number) => number,
  histogram: RankHistogram,
  probabilities: Float64Array,
  low: Float64Array,
  high: Float64Array,
): boolean {
  const length = histogram.next.length;
  const { counts: inBucket, head, next } = histogram;
  const bucketCount = inBucket.length;
  let total = 0;
  for (let bucket = 0; bucket < bucketCount; bucket++) total += inBucket[bucket]!;
  if (total !== length) return false;
  // Each probability's rank ⌊h⌋ rises with the probability: the buckets are walked once, in order.
  keptBucket = -1;
  let bucket = 0;
  let before = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const rank = Math.floor((length - 1) * probabilities[index]!);
    while (rank >= before + inBucket[bucket]!) before += inBucket[bucket++]!;
    low[index] = rankInBucket(valueOf, head, next, bucket, inBucket[bucket]!, rank - before);
    if (rank + 1 === length) high[index] = low[index]!;
    else if (rank + 1 < before + inBucket[bucket]!) high[index] = rankInBucket(valueOf, head, next, bucket, inBucket[bucket]!, rank + 1 - before);
    else {
      // The next rank is the least value of the next bucket that has any.
      let above = bucket + 1;
      while (inBucket[above] === 0) above++;
      high[index] = rankInBucket(valueOf, head, next, above, inBucket[above]!, 0);
    }
  }
  return true;
}

/** The value of rank `rank` among the `count` values listed in `bucket` (see `RankHistogram`); a bucket's values are listed once for its ranks. */
function rankInBucket(valueOf: (index: number) => number, head: Int32Array, next: Int32Array, bucket: number, count: number, rank: number): number {
  if (bucket !== keptBucket) {
    if (kept.length < count) kept = new Float64Array(Math.max(count, 2 * kept.length));
    const into = kept;
    let at = 0;
    for (let value = head[bucket]!; value >= 0; value = next[value]!) into[at++] = valueOf(value);
    keptBucket = bucket;
  }
  select(kept, 0, count - 1, rank);
  return kept[rank]!;
}

/** `selectRankPairs` by quickselect on `values[from … from + length)`, reordering them. */
function quickselectRankPairs(values: Float64Array, from: number, length: number, probabilities: Float64Array, low: Float64Array, high: Float64Array): void {
  const end = from + length;
  let left = from;
  for (let index = 0; index < probabilities.length; index++) {
    const rank = from + Math.floor((length - 1) * probabilities[index]!);
    selectRankPair(values, left, end, rank, low, high, index);
    // Ranks rise with the probabilities: each search starts where the last one's rank left off.
    left = rank;
  }
}

/** Select `rank` within `[left, end)` and write it and the next rank's value (the least to its right) at `index`. */
function selectRankPair(values: Float64Array, left: number, end: number, rank: number, low: Float64Array, high: Float64Array, index: number): void {
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

/** Scratch of `selectRankPairBetween`: its buckets' counts and the values of the bucket that holds the rank. */
let betweenCounts = new Int32Array(0);
let betweenValues = new Float64Array(0);

/**
 * `selectRankPair` on `values[0 … length)`, all between `least` and `greatest`, through a small
 * histogram (four values a bucket): the bucket that holds `rank` is found by its count, the rank
 * selected among its values and the next rank, where it lies above them, is the least value of a
 * higher bucket. Quickselect's comparisons go one way or the other at random; counting does not
 * branch, and the bucket selected in is a few values. `values` is not reordered.
 *
 * @example
 * const low = new Float64Array(1), high = new Float64Array(1);
 * selectRankPairBetween(Float64Array.of(4, 1, 3, 2), 4, 1, 4, 1, low, high, 0); // low [2], high [3]
 */
export function selectRankPairBetween(
  values: Float64Array,
  length: number,
  least: number,
  greatest: number,
  rank: number,
  low: Float64Array,
  high: Float64Array,
  index: number,
): void {
  const buckets = Math.max(1, length >> 2);
  // Equal bounds (every value the same): one bucket of any positive width.
  const scale = greatest > least ? buckets / (greatest - least) : 1;
  if (betweenCounts.length < buckets + 1) betweenCounts = new Int32Array(2 * (buckets + 1));
  if (betweenValues.length < length) betweenValues = new Float64Array(2 * length);
  const counts = betweenCounts;
  counts.fill(0, 0, buckets + 1);
  for (let at = 0; at < length; at++) counts[((values[at]! - least) * scale) | 0]!++;
  let bucket = 0;
  let before = 0;
  while (before + counts[bucket]! <= rank) before += counts[bucket++]!;
  let count = 0;
  for (let at = 0; at < length; at++) {
    betweenValues[count] = values[at]!;
    count += +((((values[at]! - least) * scale) | 0) === bucket);
  }
  selectRankPair(betweenValues, 0, count, rank - before, low, high, index);
  if (rank - before + 1 < count || rank + 1 === length) return;
  // The next rank lies above the bucket: the least value of the buckets above.
  let above = Infinity;
  for (let at = 0; at < length; at++) if ((((values[at]! - least) * scale) | 0) > bucket && values[at]! < above) above = values[at]!;
  high[index] = above;
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
