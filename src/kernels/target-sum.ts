import { addFour, addThree, addThreeAndCount, setFour, setThree, setThreeAndCount } from './column-passes.js';
import { rankHistogram, selectFromHistogram, selectRankPairs, type HistogramScratch, type RankHistogram } from './select-quantiles.js';
import type { Channels, Extremes } from './evaluate-draws.js';

/**
 * One target (a month, a year, the whole span) of a row's channels as the passes add it in every
 * draw: its constant, then the channels with a weight there, four at a time and the last three in
 * the pass that also fills a histogram. `weights` and `columns` are padded with zero weights (and
 * a column of zeros) to 3, or to 4k + 3: the passes' shape. Its least and greatest value over the
 * draws are bounded from the channels' extremes.
 */
export interface TargetSum {
  target: number;
  /** The channels with a weight on the target, in channel order. */
  channels: number[];
  base: number;
  weights: number[];
  columns: Float64Array[];
  /** Bounds of the value in any draw, and Σ of each term's largest magnitude (what rounding can move the sum by is a tiny part of it). */
  lower: number;
  upper: number;
  magnitude: number;
}

/**
 * The target `target` of `channels` as a `TargetSum`.
 *
 * @example
 * const sum = targetSum(monthly, 0); // the first month
 */
export function targetSum({ constant, weights, values, least, greatest }: Channels & Extremes, target: number): TargetSum {
  const base = constant[target]!;
  let activeCount = 0;
  for (let channel = 0; channel < weights.length; channel++) if (weights[channel]![target] !== 0) activeCount++;
  // Arrays of their final size: a row has a sum per target, and they are many.
  const padded = activeCount <= 3 ? 3 : 4 * Math.ceil((activeCount - 3) / 4) + 3;
  const sum: TargetSum = {
    target,
    channels: new Array<number>(activeCount),
    base,
    weights: new Array<number>(padded).fill(0),
    columns: new Array<Float64Array>(padded).fill(zeros(values.length > 0 ? values[0]!.length : 0)),
    lower: base,
    upper: base,
    magnitude: Math.abs(base),
  };
  let index = 0;
  for (let channel = 0; channel < weights.length; channel++) {
    const weight = weights[channel]![target]!;
    if (weight === 0) continue;
    sum.channels[index] = channel;
    sum.weights[index] = weight;
    sum.columns[index++] = values[channel]!;
    const a = weight * least[channel]!;
    const b = weight * greatest[channel]!;
    sum.lower += Math.min(a, b);
    sum.upper += Math.max(a, b);
    sum.magnitude += Math.max(Math.abs(a), Math.abs(b));
  }
  return sum;
}

/**
 * The target's value in one draw, added as the passes of `evaluateTarget` add it: to the bit the
 * value they work out there.
 *
 * @example
 * valueInDraw(sum, 17);
 */
export function valueInDraw({ base, weights: w, columns: c }: TargetSum, draw: number): number {
  const last = w.length - 3;
  if (last === 0) return base + w[0]! * c[0]![draw]! + w[1]! * c[1]![draw]! + w[2]! * c[2]![draw]!;
  let value = base + (w[0]! * c[0]![draw]! + w[1]! * c[1]![draw]! + w[2]! * c[2]![draw]! + w[3]! * c[3]![draw]!);
  for (let from = 4; from < last; from += 4)
    value = value + (w[from]! * c[from]![draw]! + w[from + 1]! * c[from + 1]![draw]! + w[from + 2]! * c[from + 2]![draw]! + w[from + 3]! * c[from + 3]![draw]!);
  return value + w[last]! * c[last]![draw]! + w[last + 1]! * c[last + 1]![draw]! + w[last + 2]! * c[last + 2]![draw]!;
}

/**
 * The target in every draw, and the quantiles' rank pairs into `low` and `high`. The target's
 * bounds (padded by far more than rounding can move it) make a histogram (in `scratch`, by
 * default the thread's) that the last pass fills; the ranks are selected from it
 * (`selectFromHistogram`), else from the values worked out into `into` (`selectRankPairs`).
 * Returns the histogram when the ranks came from it: it lists every draw in its bucket until
 * `scratch` is used again.
 *
 * @example
 * const histogram = evaluateTarget(sum, column, probabilities, low, high, scratch);
 */
export function evaluateTarget(
  sum: TargetSum,
  into: Float64Array,
  probabilities: Float64Array,
  low: Float64Array,
  high: Float64Array,
  scratch?: HistogramScratch,
): RankHistogram | undefined {
  const { base, weights: w, columns: c, lower, upper, magnitude } = sum;
  if (sum.channels.length === 0) {
    // A constant (no range reaches this target): every draw is the point estimate.
    low.fill(lower);
    high.fill(lower);
    return undefined;
  }
  // Wider by far more than rounding can move a sum of these terms.
  const pad = 1e-9 * magnitude;
  const histogram = rankHistogram(into.length, lower - pad, upper + pad, scratch);
  const last = w.length - 3;
  if (last > 0) {
    setFour(into, base, w[0]!, c[0]!, w[1]!, c[1]!, w[2]!, c[2]!, w[3]!, c[3]!);
    for (let from = 4; from < last; from += 4)
      addFour(into, w[from]!, c[from]!, w[from + 1]!, c[from + 1]!, w[from + 2]!, c[from + 2]!, w[from + 3]!, c[from + 3]!);
  }
  const [w0, w1, w2] = [w[last]!, w[last + 1]!, w[last + 2]!];
  const [c0, c1, c2] = [c[last]!, c[last + 1]!, c[last + 2]!];
  if (histogram !== undefined) {
    // The last pass counts each draw in its bucket (`into` holds the passes before it).
    if (last > 0) addThreeAndCount(into, w0, c0, w1, c1, w2, c2, histogram);
    else setThreeAndCount(base, w0, c0, w1, c1, w2, c2, histogram);
    if (selectFromHistogram((draw) => valueInDraw(sum, draw), histogram, probabilities, low, high)) return histogram;
  }
  if (last > 0) addThree(into, w0, c0, w1, c1, w2, c2);
  else setThree(into, base, w0, c0, w1, c1, w2, c2);
  selectRankPairs(into, probabilities, low, high);
  return undefined;
}

let zeroColumn = new Float64Array(new SharedArrayBuffer(8)).subarray(0, 0);
/** A column of `length` zeros (a view of a shared buffer, as the draws' columns are). */
export function zeros(length: number): Float64Array {
  if (zeroColumn.length < length)
    zeroColumn = new Float64Array(new SharedArrayBuffer(Math.max(1, length) * Float64Array.BYTES_PER_ELEMENT)).subarray(0, length);
  return zeroColumn.subarray(0, length);
}
