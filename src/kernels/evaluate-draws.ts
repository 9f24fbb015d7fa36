import { addColumn, addFour, addScaled, addToColumn, extremesOfColumn, multiplyColumn, raiseThree, raiseThreeFrom } from './column-passes.js';
import { fitToReference, narrowestFit, referenceOf, selectByReference } from './select-by-reference.js';
import { histogramScratch, interpolateRanks, selectRankPairs, type HistogramScratch } from './select-quantiles.js';
import { evaluateTarget, targetSum, zeros, type TargetSum } from './target-sum.js';

/** The line of the plan's table a term belongs to: devices, the uplift, then each deduction in model order. */
export const LINE_DEVICES = 0;
export const LINE_UPLIFT = 1;
export const LINE_FIRST_DEDUCTION = 2;

/**
 * What `evaluateDraws` reads: the model's terms with their sufficient sums (see `ModelTerms`:
 * each term's sums per calendar month over the days its row was observed, and its coefficients
 * on the row's candidate busiest days), the drawn parameters, and where the quantiles go. Typed
 * arrays over shared buffers, so the worker pool reads and writes them in place.
 */
export interface DrawColumns {
  /** Drawn parameters, parameter-major: `theta[parameter × draws + draw]` (a parameter's draws side by side). */
  theta: Float64Array;
  /** Terms of row r: `rowStart[r]` to `rowStart[r + 1]`. */
  rowStart: Int32Array;
  /** Parameters of term t: `params[paramStart[t]]` to `params[paramStart[t + 1]]`. */
  paramStart: Int32Array;
  params: Int32Array;
  /** Line of each term: `LINE_DEVICES`, `LINE_UPLIFT` or `LINE_FIRST_DEDUCTION + j`. */
  line: Int32Array;
  /** Σ of term t's coefficients over the days its row was observed in month m: `monthSums[t × monthCount + m]`. */
  monthSums: Float64Array;
  /** Days row r was observed in month m: `monthDays[r × monthCount + m]`. */
  monthDays: Float64Array;
  /** Row r's candidate busiest days: their coefficients from `candidateStart[r]` to `candidateStart[r + 1]`, day by day, one per term of the row. */
  candidateStart: Int32Array;
  candidateCoefficients: Float64Array;
  /** Quantiles per row and statistic: `(row × statCount + stat) × quantileCount + q` (see `drawStatCount`). */
  quantiles: Float64Array;
}

/** The scalars of a draw run. */
export interface DrawNumbers {
  draws: number;
  parameterCount: number;
  /** Day offset at which each calendar month starts, then the span's length. */
  monthStart: Int32Array;
  /** Lines with an interval: the uplift and each deduction. */
  lineCount: number;
  /** Index of each month's calendar year among `daysInYear`. */
  yearOfMonth: Int32Array;
  daysInYear: Float64Array;
  /** Ascending, in [0, 1]. */
  probabilities: Float64Array;
}

/** Statistics per row, in order: guest-nights per day, per year (× 365), on the peak day; the uplift and each deduction per day; each year's sum; each year extrapolated; each month's sum. */
export const STAT_PER_DAY = 0;
export const STAT_PER_YEAR = 1;
export const STAT_PEAK_DAY = 2;
export const STAT_FIRST_LINE = 3;

/** How many statistics each row has. */
export function drawStatCount(numbers: Pick<DrawNumbers, 'lineCount' | 'daysInYear' | 'monthStart'>): number {
  return STAT_FIRST_LINE + numbers.lineCount + 2 * numbers.daysInYear.length + numbers.monthStart.length - 1;
}

/** Terms with the same weights (bit for bit) on every target, as one: the sum of their products over the draws. */
export interface Channels {
  /** Σ of the constant terms' weights, per target. */
  constant: Float64Array;
  /** Per channel, its weight on each target and its value in each draw. */
  weights: Float64Array[];
  values: Float64Array[];
}

/**
 * For rows `rowFrom` to `rowTo` (exclusive), evaluate every draw and write the quantiles of each
 * statistic. Every statistic but the busiest day is linear in the terms' products of parameters,
 * so one over all draws is a sum of a few columns: the terms with the same monthly sums are one
 * channel (the region's term per ranged area value, say), and a month's value in a draw is its
 * constant + Σ channel weight × channel value. A year's and the whole span's sums weigh the
 * channels by their months' sums. Statistics are worked out one at a time over all draws (one
 * column of `draws` numbers) and their quantiles selected (`selectRankPairs`) before the next;
 * per day, per year and extrapolated figures are a positive multiple of a sum, so their
 * quantiles come from the sum's ranks. The busiest day is the maximum over the candidate days.
 * Rows are independent and each is worked out in a fixed order, so results do not depend on threads.
 *
 * @example
 * evaluateDraws(columns, numbers, 0, 7);
 */
export function evaluateDraws(columns: DrawColumns, numbers: DrawNumbers, rowFrom: number, rowTo: number): void {
  const { theta, rowStart, paramStart, params, line, monthSums, monthDays, candidateStart, candidateCoefficients, quantiles } = columns;
  const { draws, monthStart, lineCount, yearOfMonth, daysInYear, probabilities } = numbers;
  const monthCount = monthStart.length - 1;
  const yearCount = daysInYear.length;
  const statCount = drawStatCount(numbers);
  const quantileCount = probabilities.length;
  const firstYear = STAT_FIRST_LINE + lineCount;
  const firstExtrapolated = firstYear + yearCount;
  const firstMonth = firstExtrapolated + yearCount;
  // Targets of the monthly channels: each month, each year, the whole span.
  const targetCount = monthCount + yearCount + 1;
  const column = drawColumn(draws);
  const candidateSums = drawColumn(draws);
  const low = new Float64Array(quantileCount);
  const high = new Float64Array(quantileCount);
  // Rank pairs of each monthly target, at target × quantileCount.
  const targetScratch = {
    low,
    high,
    lows: new Float64Array(targetCount * quantileCount),
    highs: new Float64Array(targetCount * quantileCount),
    references: histogramScratch(),
  };
  const buffers = bufferStack(draws);
  const yearDays = new Float64Array(yearCount);
  // Each parameter's draws, one view for every row: their extremes are found once (`extremesOf`).
  const parameters = Array.from({ length: numbers.parameterCount }, (_, parameter) => theta.subarray(parameter * draws, (parameter + 1) * draws));
  const parameterExtremes = new Map<Float64Array, Float64Array>();

  /** Write the quantiles of rank pairs `low` and `high` (from `from`) as statistic `stat` of `row`, each mapped by `scale` (non-decreasing), or NaN when missing. */
  const writeStatOf = (low: Float64Array, high: Float64Array, from: number, row: number, stat: number, missing: boolean, scale: (value: number) => number) => {
    const at = (row * statCount + stat) * quantileCount;
    if (missing) return void quantiles.fill(NaN, at, at + quantileCount);
    for (let q = 0; q < quantileCount; q++) quantiles[at + q] = interpolateRanks(draws, probabilities[q]!, scale(low[from + q]!), scale(high[from + q]!));
  };
  /** `writeStatOf` the last selection, of the monthly target `target`. */
  const writeTarget = (target: number, row: number, stat: number, missing: boolean, scale: (value: number) => number) =>
    writeStatOf(targetScratch.lows, targetScratch.highs, target * quantileCount, row, stat, missing, scale);
  /** `writeStatOf` the last selection from `column`. */
  const writeStat = (row: number, stat: number, missing: boolean, scale: (value: number) => number) => writeStatOf(low, high, 0, row, stat, missing, scale);
  const select = () => selectRankPairs(column, probabilities, low, high);

  for (let row = rowFrom; row < rowTo; row++) {
    const firstTerm = rowStart[row]!;
    const termCount = rowStart[row + 1]! - firstTerm;
    let days = 0;
    yearDays.fill(0);
    for (let month = 0; month < monthCount; month++) {
      days += monthDays[row * monthCount + month]!;
      yearDays[yearOfMonth[month]!]! += monthDays[row * monthCount + month]!;
    }
    if (days === 0) {
      // Never observed: every statistic is missing.
      quantiles.fill(NaN, row * statCount * quantileCount, (row + 1) * statCount * quantileCount);
      continue;
    }
    buffers.releaseAll();
    // 1. Each term's product of parameters over the draws: none for a constant, a parameter's own draws for one.
    const products: Array<Float64Array | undefined> = [];
    for (let term = firstTerm; term < firstTerm + termCount; term++)
      products.push(productOverDraws(parameters, params, paramStart[term]!, paramStart[term + 1]!, buffers));

    // 2. Months, years and the whole span from the channels of equal monthly sums.
    const weightsOf = (local: number) => {
      const weights = new Float64Array(targetCount);
      const sums = monthSums.subarray((firstTerm + local) * monthCount, (firstTerm + local + 1) * monthCount);
      weights.set(sums);
      // A year's and the span's sums add the months in order, as a point estimate's months add up.
      for (let month = 0; month < monthCount; month++) {
        weights[monthCount + yearOfMonth[month]!]! += sums[month]!;
        weights[targetCount - 1]! += sums[month]!;
      }
      return weights;
    };
    const monthly = extremesOf(channelsOf(termCount, weightsOf, products, monthCount, buffers), parameters, parameterExtremes);
    const observedTargets: number[] = [];
    for (let month = 0; month < monthCount; month++) if (monthDays[row * monthCount + month]! > 0) observedTargets.push(month);
    for (let year = 0; year < yearCount; year++) if (yearDays[year]! > 0) observedTargets.push(monthCount + year);
    observedTargets.push(targetCount - 1);
    selectTargets(monthly, observedTargets, column, probabilities, targetScratch);
    for (let month = 0; month < monthCount; month++) writeTarget(month, row, firstMonth + month, monthDays[row * monthCount + month] === 0, identity);
    for (let year = 0; year < yearCount; year++) {
      const observed = yearDays[year]!;
      writeTarget(monthCount + year, row, firstYear + year, observed === 0, identity);
      writeTarget(monthCount + year, row, firstExtrapolated + year, observed === 0, (sum) => (sum / observed) * daysInYear[year]!);
    }
    writeTarget(targetCount - 1, row, STAT_PER_DAY, false, (total) => total / days);
    writeTarget(targetCount - 1, row, STAT_PER_YEAR, false, (total) => (total / days) * 365);

    // 3. Each line's persons per day: the uplift's added, the deductions' taken away (their terms are negative).
    for (let ofLine = 0; ofLine < lineCount; ofLine++) {
      const sign = ofLine + LINE_UPLIFT < LINE_FIRST_DEDUCTION ? 1 : -1;
      column.fill(0);
      for (let local = 0; local < termCount; local++) {
        if (line[firstTerm + local]! - LINE_UPLIFT !== ofLine) continue;
        const total = monthly.totals[local]! * sign;
        const product = products[local];
        if (product === undefined) addToColumn(column, total);
        else addScaled(column, total, product);
      }
      select();
      writeStat(row, STAT_FIRST_LINE + ofLine, false, (sum) => sum / days);
    }

    // 4. The busiest day: in each draw, the most of the candidate days' guest-nights (not linear: the day may differ between draws).
    const candidateCount = (candidateStart[row + 1]! - candidateStart[row]!) / termCount;
    const candidateOf = (local: number) => {
      const weights = new Float64Array(candidateCount);
      for (let candidate = 0; candidate < candidateCount; candidate++)
        weights[candidate] = candidateCoefficients[candidateStart[row]! + candidate * termCount + local]!;
      return weights;
    };
    const daily = channelsOf(termCount, candidateOf, products, candidateCount, buffers);
    column.fill(-Infinity);
    for (let candidate = 0; candidate < candidateCount; candidate++) raiseToCandidate(daily, candidate, column, candidateSums);
    select();
    writeStat(row, STAT_PEAK_DAY, false, identity);
  }
}

const identity = (value: number) => value;

/** Term (of `params[from … to)`)'s product of parameters in every draw (`parameters`: each one's draws); undefined for a constant (1). */
function productOverDraws(parameters: Float64Array[], params: Int32Array, from: number, to: number, buffers: BufferStack): Float64Array | undefined {
  if (to === from) return undefined;
  if (to === from + 1) return parameters[params[from]!];
  const product = buffers.take();
  product.set(parameters[params[from]!]!);
  for (let at = from + 1; at < to; at++) multiplyColumn(product, parameters[params[at]!]!);
  return product;
}

/**
 * The row's terms as channels (see `Channels`): each term's weights from `weightsOf(term)`, one per
 * target (terms with the same weights on the first `keyLength` targets are one channel; the rest
 * follow from those), its values from `products`. Also each term's total: its last weight.
 */
function channelsOf(
  termCount: number,
  weightsOf: (term: number) => Float64Array,
  products: Array<Float64Array | undefined>,
  keyLength: number,
  buffers: BufferStack,
): Channels & { totals: Float64Array } {
  let constant: Float64Array | undefined;
  const weights: Float64Array[] = [];
  const values: Float64Array[] = [];
  const owned: boolean[] = [];
  const totals = new Float64Array(termCount);
  const byHash = new Map<number, number[]>();
  let targetCount = 0;
  for (let term = 0; term < termCount; term++) {
    const termWeights = weightsOf(term);
    targetCount = termWeights.length;
    totals[term] = termWeights[targetCount - 1]!;
    const product = products[term];
    if (product === undefined) {
      if (constant === undefined) constant = termWeights;
      else for (let target = 0; target < targetCount; target++) constant[target]! += termWeights[target]!;
      continue;
    }
    const hash = hashOf(termWeights, keyLength);
    const sameHash = byHash.get(hash) ?? [];
    const same = sameHash.find((channel) => equalOn(weights[channel]!, termWeights, keyLength));
    if (same === undefined) {
      byHash.set(hash, [...sameHash, weights.length]);
      weights.push(termWeights);
      values.push(product);
      owned.push(false);
      continue;
    }
    // A second term in the channel: the channel's values become a sum of their own.
    if (!owned[same]) {
      const sum = buffers.take();
      sum.set(values[same]!);
      values[same] = sum;
      owned[same] = true;
    }
    addColumn(values[same]!, product);
  }
  return { constant: constant ?? new Float64Array(targetCount), weights, values, totals };
}

/** Above this share of the draws worked out for a target from a reference's histogram, a pass over every draw is cheaper. */
const MOST_FROM_REFERENCE = 0.25;

/**
 * The quantiles' rank pairs of each of `targets` of the channels into `lows` and `highs` (from
 * target × quantileCount), through `low` and `high`. Targets with the same channels are alike
 * (the same month of another year, say): the first of them is worked out in every draw
 * (`evaluateTarget`, its histogram in `references`), and the ranks of each other are selected
 * from that histogram (`selectByReference`) where that works out fewer draws than a pass of its
 * own. Either way each value is the same to the bit, and so are the ranks.
 */
function selectTargets(
  channels: Channels & Extremes,
  targets: number[],
  into: Float64Array,
  probabilities: Float64Array,
  scratch: { low: Float64Array; high: Float64Array; lows: Float64Array; highs: Float64Array; references: HistogramScratch },
): void {
  const { low, high, lows, highs, references } = scratch;
  const most = MOST_FROM_REFERENCE * into.length;
  const groups = new Map<string, TargetSum[]>();
  for (const target of targets) {
    const sum = targetSum(channels, target);
    const key = sum.channels.join(',');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [sum]);
    else group.push(sum);
  }
  const keep = (sum: TargetSum) => {
    lows.set(low, sum.target * low.length);
    highs.set(high, sum.target * high.length);
  };
  for (const group of groups.values()) {
    const [referenceSum, ...others] = centralFirst(channels, group);
    const histogram = evaluateTarget(referenceSum!, into, probabilities, low, high, references);
    const reference = others.length > 0 && histogram !== undefined ? referenceOf(histogram) : undefined;
    keep(referenceSum!);
    for (const sum of others) {
      const fit = reference && fitToReference(channels, sum, referenceSum!);
      if (fit === undefined || !selectByReference(reference!, fit, sum, probabilities, low, high, most)) evaluateTarget(sum, into, probabilities, low, high);
      keep(sum);
    }
  }
}

/**
 * The group with the target the others follow most closely first (the least Σ of their rests'
 * widths, `narrowestFit`), the rest in order: the same month of the middle year, say, not of the
 * first, leaves fewer draws to work out for each other year.
 */
function centralFirst(channels: Channels & Extremes, group: TargetSum[]): TargetSum[] {
  let central = 0;
  let narrowest = Infinity;
  for (let index = 0; index < group.length; index++) {
    let spread = 0;
    for (let other = 0; other < group.length; other++) {
      if (other === index) continue;
      narrowestFit(channels, group[other]!, group[index]!, fit);
      spread += fit[1]!;
    }
    if (spread < narrowest) {
      central = index;
      narrowest = spread;
    }
  }
  return [group[central]!, ...group.filter((_, index) => index !== central)];
}

/** Scratch of `centralFirst`. */
const fit = new Float64Array(2);

/** Each channel's least and greatest value over the draws. */
export interface Extremes {
  least: Float64Array;
  greatest: Float64Array;
}

/**
 * The channels with each one's least and greatest value over the draws. A channel that is one
 * parameter's draws (one of `parameters`) is looked up in `known`, where it is kept the first time:
 * the uplift's or a month factor's draws are a channel of every row.
 */
function extremesOf<T extends Channels>(channels: T, parameters: Float64Array[], known: Map<Float64Array, Float64Array>): T & Extremes {
  const least = new Float64Array(channels.values.length);
  const greatest = new Float64Array(channels.values.length);
  for (let channel = 0; channel < channels.values.length; channel++) {
    const values = channels.values[channel]!;
    let extremes = known.get(values);
    if (extremes === undefined) {
      extremes = new Float64Array(2);
      extremesOfColumn(values, extremes);
      if (parameters.includes(values)) known.set(values, extremes);
    }
    least[channel] = extremes[0]!;
    greatest[channel] = extremes[1]!;
  }
  return { ...channels, least, greatest };
}

/**
 * Raise `peak` in every draw to candidate day `candidate`'s guest-nights where they are more:
 * its constant and channels up to three in the pass that compares, any more added first into
 * `scratch` in passes of four.
 */
function raiseToCandidate({ constant, weights, values }: Channels, candidate: number, peak: Float64Array, scratch: Float64Array): void {
  const active: number[] = [];
  for (let channel = 0; channel < weights.length; channel++) if (weights[channel]![candidate] !== 0) active.push(channel);
  const weight = (index: number) => (index < active.length ? weights[active[index]!]![candidate]! : 0);
  const column = (index: number) => (index < active.length ? values[active[index]!]! : zeros(peak.length));
  // Up to three channels: the constant + 0 (as a column of zeros would add it) is where each draw starts.
  if (active.length <= 3) return raiseThreeFrom(peak, constant[candidate]! + 0, weight(0), column(0), weight(1), column(1), weight(2), column(2));
  let from = 0;
  scratch.fill(constant[candidate]!);
  for (; active.length - from > 3; from += 4)
    addFour(scratch, weight(from), column(from), weight(from + 1), column(from + 1), weight(from + 2), column(from + 2), weight(from + 3), column(from + 3));
  raiseThree(peak, scratch, weight(from), column(from), weight(from + 1), column(from + 1), weight(from + 2), column(from + 2));
}

/** FNV-1a over the bits of `values[0 … length)`. */
function hashOf(values: Float64Array, length: number): number {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * length);
  let hash = 0x811c9dc5;
  for (let word = 0; word < words.length; word++) hash = Math.imul(hash ^ words[word]!, 0x01000193);
  return hash >>> 0;
}

function equalOn(a: Float64Array, b: Float64Array, length: number): boolean {
  for (let index = 0; index < length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}

/** Columns of `draws` numbers for a row's products and channels, reused from row to row. */
interface BufferStack {
  take(): Float64Array;
  releaseAll(): void;
}

function bufferStack(draws: number): BufferStack {
  const buffers: Float64Array[] = [];
  let used = 0;
  return {
    take() {
      if (used === buffers.length) buffers.push(drawColumn(draws));
      return buffers[used++]!;
    },
    releaseAll() {
      used = 0;
    },
  };
}

/**
 * A column of `draws` numbers made as the drawn parameters' columns are (a view of a shared
 * buffer): the passes over columns then see one kind of array, which V8 compiles to a tight
 * loop; mixing kinds in one loop makes it several times slower.
 */
function drawColumn(draws: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, draws) * Float64Array.BYTES_PER_ELEMENT)).subarray(0, draws);
}
