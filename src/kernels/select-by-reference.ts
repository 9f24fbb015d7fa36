import type { Channels, Extremes } from './evaluate-draws.js';
import { selectRankPairBetween, type RankHistogram } from './select-quantiles.js';
import { valueInDraw, type TargetSum } from './target-sum.js';

/**
 * A target as a multiple of a reference target plus a rest: in every draw, target =
 * `scale` × reference + rest, the rest between `least` and `greatest` (padded by far more than
 * rounding can move the three sums).
 */
export interface ReferenceFit {
  scale: number;
  least: number;
  greatest: number;
}

/** Scratch of `fitToReference`. */
const fitted = new Float64Array(2);

/**
 * How a target of `channels` follows a reference target: the positive scale that leaves
 * the narrowest rest (Σ over channels of |weight − scale × the reference's weight| × the
 * channel's spread, least at a ratio of the two weights of some channel). Undefined when no
 * channel's weights have the same sign in both.
 *
 * @example
 * // a month and the same month a year later: their weights differ by the days' devices
 * fitToReference(monthly, targetSum(monthly, 12), targetSum(monthly, 0)); // { scale: 1.03…, least: …, greatest: … }
 */
export function fitToReference(channels: Channels & Extremes, sum: TargetSum, referenceSum: TargetSum): ReferenceFit | undefined {
  const { constant, weights, least, greatest } = channels;
  const [target, reference] = [sum.target, referenceSum.target];
  narrowestFit(channels, sum, referenceSum, fitted);
  const best = fitted[0]!;
  if (Number.isNaN(best)) return undefined;
  let lower = constant[target]! - best * constant[reference]!;
  let upper = lower;
  // A channel without a weight on either adds nothing to the rest.
  for (const channel of channelsOfEither(sum, referenceSum)) {
    const weight = weights[channel]![target]! - best * weights[channel]![reference]!;
    lower += Math.min(weight * least[channel]!, weight * greatest[channel]!);
    upper += Math.max(weight * least[channel]!, weight * greatest[channel]!);
  }
  // Each sum is rounded on its own: far more room than that can take.
  const pad = 1e-9 * (sum.magnitude + best * referenceSum.magnitude);
  if (!Number.isFinite(lower - pad) || !Number.isFinite(upper + pad)) return undefined;
  return { scale: best, least: lower - pad, greatest: upper + pad };
}

/**
 * The positive scale of `fitToReference`, and how wide it leaves the rest (Σ over channels of
 * |weight − scale × the reference's weight| × the channel's spread), into `fit[0]` and `fit[1]`:
 * NaN and Infinity where no channel's weights have the same sign in both.
 *
 * @example
 * const fit = new Float64Array(2);
 * narrowestFit(monthly, targetSum(monthly, 12), targetSum(monthly, 0), fit); // fit: [1.03…, 812.5…]
 */
export function narrowestFit({ weights, least, greatest }: Channels & Extremes, sum: TargetSum, referenceSum: TargetSum, fit: Float64Array): void {
  const target = sum.target;
  const reference = referenceSum.target;
  const either = channelsOfEither(sum, referenceSum);
  fit[0] = NaN;
  fit[1] = Infinity;
  for (let ratio = 0; ratio < referenceSum.channels.length; ratio++) {
    const ratioOf = referenceSum.channels[ratio]!;
    const scale = weights[ratioOf]![target]! / weights[ratioOf]![reference]!;
    if (!(scale > 0 && Number.isFinite(scale))) continue;
    let spread = 0;
    for (let index = 0; index < either.length; index++) {
      const channel = either[index]!;
      spread += Math.abs(weights[channel]![target]! - scale * weights[channel]![reference]!) * (greatest[channel]! - least[channel]!);
    }
    if (spread < fit[1]!) {
      fit[0] = scale;
      fit[1] = spread;
    }
  }
}

/** The channels with a weight on either target (each list ascending, as `targetSum` makes them): the one list when both have the same. */
function channelsOfEither(a: TargetSum, b: TargetSum): number[] {
  const [x, y] = [a.channels, b.channels];
  let same = x.length === y.length;
  for (let index = 0; same && index < x.length; index++) same = x[index] === y[index];
  return same ? x : [...new Set([...x, ...y])].sort((p, q) => p - q);
}

/** A reference target's histogram and its running counts: `before[b]` draws lie in the buckets below b. */
export interface Reference {
  histogram: RankHistogram;
  before: Int32Array;
}

/** Scratch, kept per thread: the running counts of the last reference made. */
let runningCounts = new Int32Array(0);

/**
 * A histogram as a reference for `selectByReference` (its running counts are the thread's
 * scratch, valid until the next reference is made); undefined when its counts miss a draw.
 *
 * @example
 * const reference = referenceOf(evaluateTarget(sum, column, probabilities, low, high, scratch)!);
 */
export function referenceOf(histogram: RankHistogram): Reference | undefined {
  const { counts, next } = histogram;
  if (runningCounts.length !== counts.length + 1) runningCounts = new Int32Array(counts.length + 1);
  const before = runningCounts;
  for (let bucket = 0; bucket < counts.length; bucket++) before[bucket + 1] = before[bucket]! + counts[bucket]!;
  return before[counts.length] === next.length ? { histogram, before } : undefined;
}

/** Scratch, kept per thread: each rank's buckets and bounds, and the values of the draws that may hold a rank. */
let spans = new Int32Array(0);
let bounds = new Float64Array(0);
let kept = new Float64Array(0);

/**
 * The quantiles' rank pairs of a target (as `selectRankPairs` gives them, into `low` and `high`)
 * from the histogram of a reference target it follows (`fitToReference`), without a pass over
 * the draws. A draw in the reference's bucket b has a target value between scale × the bucket's
 * bounds + the rest's: bounds that rise with b. For rank r, the buckets up to the one where
 * r + 2 draws are reached bound the value of rank r + 1 from above (the ceiling), and the buckets
 * from the one where no more than r draws lie below bound the value of rank r from below (the
 * floor). The draws of the buckets whose bounds meet that range are worked out (`valueInDraw`):
 * those below the floor are counted, those above the ceiling left, and the ranks selected among
 * the rest; the buckets wholly below are counted. False (nothing written) when those draws would
 * be more than `most`: a pass over every draw is then cheaper.
 *
 * @example
 * const fit = fitToReference(monthly, sum, referenceSum);
 * if (fit === undefined || !selectByReference(reference, fit, sum, probabilities, low, high, draws / 4)) evaluateTarget(sum, …);
 */
export function selectByReference(
  { histogram, before }: Reference,
  fit: ReferenceFit,
  sum: TargetSum,
  probabilities: Float64Array,
  low: Float64Array,
  high: Float64Array,
  most: number,
): boolean {
  const { head, next } = histogram;
  const length = next.length;
  const bucketCount = before.length - 1;
  if (spans.length < 2 * probabilities.length) [spans, bounds] = [new Int32Array(2 * probabilities.length), new Float64Array(2 * probabilities.length)];
  let worked = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const rank = Math.floor((length - 1) * probabilities[index]!);
    // The last bucket with at most `rank` draws below it, the first with the next rank's up to it.
    let from = firstAbove(before, rank) - 1;
    let to = firstAbove(before, Math.min(rank + 1, length - 1)) - 1;
    const floor = lowest(histogram, fit, from);
    const ceiling = highest(histogram, fit, to);
    while (from > 0 && highest(histogram, fit, from - 1) >= floor) from--;
    while (to + 1 < bucketCount && lowest(histogram, fit, to + 1) <= ceiling) to++;
    spans[2 * index] = from;
    spans[2 * index + 1] = to;
    bounds[2 * index] = floor;
    bounds[2 * index + 1] = ceiling;
    worked += before[to + 1]! - before[from]!;
  }
  if (worked > most) return false;
  if (kept.length < length) kept = new Float64Array(length);
  for (let index = 0; index < probabilities.length; index++) {
    const [floor, ceiling] = [bounds[2 * index]!, bounds[2 * index + 1]!];
    let below = before[spans[2 * index]!]!;
    let count = 0;
    for (let bucket = spans[2 * index]!; bucket <= spans[2 * index + 1]!; bucket++) {
      for (let draw = head[bucket]!; draw >= 0; draw = next[draw]!) {
        // Counted below the floor, or kept up to the ceiling, by the comparisons as numbers, not
        // by branches: whether a draw is kept changes from draw to draw (the floor ≤ the ceiling).
        const value = valueInDraw(sum, draw);
        const isBelow = +(value < floor);
        below += isBelow;
        kept[count] = value;
        count += +(value <= ceiling) - isBelow;
      }
    }
    const rank = Math.floor((length - 1) * probabilities[index]!);
    selectRankPairBetween(kept, count, floor, ceiling, rank - below, low, high, index);
  }
  return true;
}

/**
 * The least a target value can be in the reference's bucket `bucket`: a draw there has a reference
 * value from least + b / scale to least + (b + 1) / scale (truncation puts a value a little below
 * least in bucket 0 too).
 */
function lowest({ least, scale }: RankHistogram, fit: ReferenceFit, bucket: number): number {
  return fit.scale * (least + (bucket === 0 ? -1 : bucket) / scale) + fit.least;
}

/** The most a target value can be in the reference's bucket `bucket` (see `lowest`). */
function highest({ least, scale }: RankHistogram, fit: ReferenceFit, bucket: number): number {
  return fit.scale * (least + (bucket + 1) / scale) + fit.greatest;
}

/** The first index of `ascending` (non-decreasing) whose value is above `value` (its length when none is). */
function firstAbove(ascending: Int32Array, value: number): number {
  let [lowest, highest] = [0, ascending.length];
  while (lowest < highest) {
    const middle = (lowest + highest) >>> 1;
    if (ascending[middle]! > value) highest = middle;
    else lowest = middle + 1;
  }
  return lowest;
}
