// The draws as they were computed before the sufficient sums: every term's coefficient on every
// day (row × term × day), the kernel summing them by month per row, and quickselect for the
// quantiles. Kept here only as the reference the current kernel must agree with (within
// floating-point noise); nothing in src/ imports it.
import { parseDay, weekdayOfDay, yearMonthOfDay } from '../../../src/clock/day-number.js';
import type { Deduction, Model, ParameterSite } from '../../../src/model/model.js';
import {
  LINE_DEVICES,
  LINE_FIRST_DEDUCTION,
  LINE_UPLIFT,
  STAT_FIRST_LINE,
  STAT_PEAK_DAY,
  STAT_PER_DAY,
  STAT_PER_YEAR,
  drawStatCount,
  type DrawColumns,
  type DrawNumbers,
} from '../../../src/kernels/evaluate-draws.js';
import { sumTermsByMonth } from '../../../src/kernels/sum-terms-by-month.js';
import { layDeduction, type DeductionInputs, type GridShape, type ResolvedDeductions } from '../../../src/model/resolve-deductions.js';

/** The old kernel's columns: per-day coefficients, the grid's devices, theta draw-major. */
interface ReferenceColumns {
  theta: Float64Array;
  rowStart: Int32Array;
  paramStart: Int32Array;
  params: Int32Array;
  line: Int32Array;
  coefficients: Float64Array;
  devices: Float64Array;
  quantiles: Float64Array;
}

/**
 * A `run` for `estimateUncertainty` that ignores the current kernel and fills the quantiles the
 * old way, from the same drawn parameters (`columns.theta`, parameter-major, turned draw-major).
 */
export function referenceRun(model: Model, shape: GridShape, deductions: ResolvedDeductions, inputs: DeductionInputs) {
  return async (columns: DrawColumns, numbers: DrawNumbers): Promise<void> => {
    const terms = referenceModelTerms(model, shape, deductions, inputs);
    const { draws, parameterCount } = numbers;
    const theta = new Float64Array(Math.max(1, draws * parameterCount));
    for (let parameter = 0; parameter < parameterCount; parameter++)
      for (let draw = 0; draw < draws; draw++) theta[draw * parameterCount + parameter] = columns.theta[parameter * draws + draw]!;
    const rows = terms.rowStart.length - 1;
    referenceEvaluateDraws({ ...terms, theta, devices: shape.devices, quantiles: columns.quantiles }, numbers, 0, rows);
  };
}

interface ReferenceTerms {
  /** Terms of grid row r: `rowStart[r]` to `rowStart[r + 1]` (areas in grid order, then the region). */
  rowStart: Int32Array;
  /** Parameters of term t (indices into `model.ranges`): `params[paramStart[t]]` to `params[paramStart[t + 1]]`. */
  paramStart: Int32Array;
  params: Int32Array;
  /** The line of each term: `LINE_DEVICES`, `LINE_UPLIFT` or `LINE_FIRST_DEDUCTION + j`. */
  line: Int32Array;
  /** Coefficient of term t on day d at `t × dayCount + d`; NaN possible on days the row is not observed. */
  coefficients: Float64Array;
}

interface Term {
  line: number;
  params: number[];
  coefficients: Float64Array;
}

/**
 * Split the model into terms per grid row (see `ModelTerms`). A deduction without ranges is one
 * constant term (its laid-out values); one with ranges is split by which parameters apply on
 * each day: its base value (or each area's), the weekday's, the month's and each period's factor.
 *
 * @example
 * // uplift 0.06 ± a range, residents 20 000 ± a range, both region-wide: the region row has
 * // devices (constant), devices × uplift, −1 × residents.
 * const terms = modelTerms(model, grid, deductions, inputs);
 */
export function referenceModelTerms(model: Model, shape: GridShape, deductions: ResolvedDeductions, inputs: DeductionInputs): ReferenceTerms {
  const { dayCount, areaCodes, devices } = shape;
  const rows = areaCodes.length + 1;
  const regionRow = rows - 1;
  const ranges = model.ranges ?? [];
  const paramOf = (matches: (site: ParameterSite) => boolean) => {
    const index = ranges.findIndex((range) => matches(range.site));
    return index < 0 ? undefined : index;
  };
  const byRow: Array<Map<string, Term>> = Array.from({ length: rows }, () => new Map());
  const termOf = (row: number, line: number, params: number[]) => {
    const key = `${line}|${params.join(',')}`;
    let term = byRow[row]!.get(key);
    if (term === undefined) {
      term = { line, params, coefficients: new Float64Array(dayCount) };
      byRow[row]!.set(key, term);
    }
    return term.coefficients;
  };
  /** Add `factor` × the row's values to the row's term with these parameters. */
  const add = (row: number, line: number, params: number[], values: ArrayLike<number>, factor: number) => {
    const coefficients = termOf(row, line, params);
    for (let day = 0; day < dayCount; day++) coefficients[day]! += factor * values[row * dayCount + day]!;
  };

  for (let row = 0; row < rows; row++) add(row, LINE_DEVICES, [], devices, 1);

  /** The uplift a segment's devices get, and its parameter when it is a range. */
  const upliftOfSegment = (segment?: string) => {
    const { uplift } = model;
    const own = typeof uplift !== 'number' && segment !== undefined && Object.hasOwn(uplift.bySegment, segment);
    const share = typeof uplift === 'number' ? uplift : own ? uplift.bySegment[segment!]! : uplift.default;
    return { share, param: paramOf((site) => site.kind === 'uplift' && site.segment === (own ? segment : undefined)) };
  };
  /** Add `sign` × persons (devices × (1 + uplift)) of a segment, or of all devices, minus the devices themselves when `upliftOnly`. */
  const addPersons = (line: number, segment: string | undefined, sign: number, upliftOnly: boolean) => {
    const { share, param } = upliftOfSegment(segment);
    // A segment's devices: its persons ÷ (1 + its uplift).
    const own = segment === undefined ? devices : inputs.segmentPersons!.get(segment)!.map((persons) => persons / (1 + share));
    for (let row = 0; row < rows; row++) {
      if (!upliftOnly) add(row, line, [], own, sign);
      if (param === undefined) add(row, line, [], own, sign * share);
      else add(row, line, [param], own, sign);
    }
  };
  // One uplift for all devices, or one per segment.
  const segments = typeof model.uplift === 'number' ? [] : [...(inputs.segmentPersons ?? new Map<string, Float64Array>()).keys()];
  if (segments.length === 0) addPersons(LINE_UPLIFT, undefined, 1, true);
  for (const segment of segments) addPersons(LINE_UPLIFT, segment, 1, true);

  Object.entries(model.deductions).forEach(([name, deduction], index) => {
    const line = LINE_FIRST_DEDUCTION + index;
    const segment = typeof deduction === 'object' && 'segment' in deduction ? deduction.segment : undefined;
    if (segment !== undefined && upliftOfSegment(segment).param !== undefined) addPersons(line, segment, -1, false);
    else if (segment === undefined && ranges.some((range) => range.site.kind !== 'uplift' && range.site.deduction === name))
      addRangedDeduction(name, deduction as Exclude<Deduction, number>, line);
    else {
      const values = deductions.valuesOf(name);
      for (let row = deductions.regionWide.has(name) ? regionRow : 0; row < rows; row++) add(row, line, [], values, -1);
    }
  });

  /** A deduction with ranges: its base (per area, or the region's value) × the factors of each day, grouped by the parameters that apply. */
  function addRangedDeduction(name: string, deduction: Exclude<Deduction, number>, line: number): void {
    const profile = deduction as { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> };
    const days = factorsOfDays(name, profile);
    // The base per cell: the deduction laid out without its profile.
    const bare = { ...deduction } as Record<string, unknown>;
    for (const key of ['weekday', 'month', 'periods']) delete bare[key];
    const base = layDeduction(name, bare as unknown as Deduction, shape, inputs);
    const baseParam = (area?: string) => paramOf((site) => site.kind === 'base' && site.deduction === name && site.area === area);
    const rowsOfBase = 'value' in deduction ? [{ row: regionRow, param: baseParam() }] : areaCodes.map((area, row) => ({ row, param: baseParam(area) }));
    for (const { row, param } of rowsOfBase) {
      // An area's base counts for the region too: the region's deduction is the areas' sum.
      for (const target of row === regionRow ? [row] : [row, regionRow]) {
        const coefficients = days.signatures.map((params) => termOf(target, line, param === undefined ? params : [param, ...params]));
        for (let day = 0; day < dayCount; day++) {
          // A ranged base is the parameter itself; a fixed one is part of the coefficient.
          const { signature, factor } = days.ofDay[day]!;
          coefficients[signature]![day]! -= param === undefined ? factor * base[row * dayCount + day]! : factor;
        }
      }
    }
  }

  /**
   * Per day: which ranged profile factors apply (an index into `signatures`, the distinct lists
   * of their parameters) and the product of the fixed ones.
   */
  function factorsOfDays(name: string, profile: { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> }) {
    const param = (kind: 'weekday' | 'month' | 'period', index: number) =>
      paramOf((site) => site.kind === kind && site.deduction === name && site.index === index);
    const days = Array.from({ length: dayCount }, () => ({ params: [] as number[], factor: 1 }));
    const apply = (day: number, kind: 'weekday' | 'month' | 'period', index: number, value: number) => {
      const ranged = param(kind, index);
      if (ranged === undefined) days[day]!.factor *= value;
      else days[day]!.params.push(ranged);
    };
    for (let day = 0; day < dayCount; day++) {
      const date = shape.firstDay + day;
      if (profile.weekday !== undefined) apply(day, 'weekday', weekdayOfDay(date), profile.weekday[weekdayOfDay(date)]!);
      if (profile.month !== undefined) apply(day, 'month', yearMonthOfDay(date).month - 1, profile.month[yearMonthOfDay(date).month - 1]!);
    }
    (profile.periods ?? []).forEach(({ from, to, factor }, index) => {
      const start = Math.max(parseDay(from)! - shape.firstDay, 0);
      const end = Math.min(parseDay(to)! - shape.firstDay + 1, dayCount);
      for (let day = start; day < end; day++) apply(day, 'period', index, factor);
    });
    const signatures: number[][] = [];
    const index = new Map<string, number>();
    const ofDay = days.map(({ params, factor }) => {
      const key = params.join(',');
      if (!index.has(key)) {
        index.set(key, signatures.length);
        signatures.push(params);
      }
      return { signature: index.get(key)!, factor };
    });
    return { signatures, ofDay };
  }

  return flatten(byRow, dayCount);
}

function flatten(byRow: Array<Map<string, Term>>, dayCount: number): ReferenceTerms {
  const terms = byRow.flatMap((row) => [...row.values()]);
  const rowStart = new Int32Array(byRow.length + 1);
  byRow.forEach((row, index) => (rowStart[index + 1] = rowStart[index]! + row.size));
  const paramStart = new Int32Array(terms.length + 1);
  terms.forEach((term, index) => (paramStart[index + 1] = paramStart[index]! + term.params.length));
  // On a shared buffer: the draw kernel reads it in the worker pool. The small index arrays are copied to the workers.
  const coefficients = new Float64Array(new SharedArrayBuffer(Math.max(1, terms.length * dayCount) * Float64Array.BYTES_PER_ELEMENT)).subarray(
    0,
    terms.length * dayCount,
  );
  terms.forEach((term, index) => coefficients.set(term.coefficients, index * dayCount));
  return {
    rowStart,
    paramStart,
    params: Int32Array.from(terms.flatMap((term) => term.params)),
    line: Int32Array.from(terms.map((term) => term.line)),
    coefficients,
  };
}

/**
 * For rows `rowFrom` to `rowTo` (exclusive), evaluate every draw and write the quantiles of each
 * statistic. A draw costs O(terms × months) per row, not O(days): the model is linear in every
 * term's product of parameters, so each term's monthly sums are computed once per row (here, so
 * the pool shares that work; only a term's months with a sum are visited). Only the busiest day
 * needs days, and only the candidate days (those no other day beats in every draw).
 * Rows are independent and draws are taken in order, so results do not depend on threads.
 *
 * @example
 * evaluateDraws(columns, numbers, 0, 7);
 */
function referenceEvaluateDraws(columns: ReferenceColumns, numbers: DrawNumbers, rowFrom: number, rowTo: number): void {
  const { theta, rowStart, paramStart, params, line, coefficients, devices, quantiles } = columns;
  const { draws, parameterCount, monthStart, lineCount, yearOfMonth, daysInYear, probabilities } = numbers;
  const monthCount = monthStart.length - 1;
  const dayCount = monthStart[monthCount]!;
  const yearCount = daysInYear.length;
  const statCount = drawStatCount(numbers);
  const firstYear = STAT_FIRST_LINE + lineCount;
  const firstExtrapolated = firstYear + yearCount;
  const firstMonth = firstExtrapolated + yearCount;
  // One value per draw and statistic, draw-major: a draw writes its statistics side by side
  // (statistic-major writes, a stride of `draws` apart, cost more than the arithmetic). Each
  // statistic's draws are gathered into `column` for its quantiles.
  const values = new Float64Array(draws * statCount);
  const column = new Float64Array(draws);
  const yearSums = new Float64Array(yearCount);
  const yearDays = new Float64Array(yearCount);
  const lineSums = new Float64Array(lineCount);
  const monthValues = new Float64Array(monthCount);
  for (let row = rowFrom; row < rowTo; row++) {
    const firstTerm = rowStart[row]!;
    const termCount = rowStart[row + 1]! - firstTerm;
    const { sums, days: monthDays } = sumTermsByMonth(coefficients, devices, row, firstTerm, termCount, monthStart);
    // Each term's months with a sum (a month factor's term has one month a year), and its total.
    const termMonthStart = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term++) {
      let months = 0;
      for (let month = 0; month < monthCount; month++) if (sums[term * monthCount + month] !== 0) months++;
      termMonthStart[term + 1] = termMonthStart[term]! + months;
    }
    const termMonths = new Int32Array(termMonthStart[termCount]!);
    const termMonthSums = new Float64Array(termMonthStart[termCount]!);
    const totals = new Float64Array(termCount);
    for (let term = 0, at = 0; term < termCount; term++) {
      for (let month = 0; month < monthCount; month++) {
        const sum = sums[term * monthCount + month]!;
        if (sum === 0) continue;
        termMonths[at] = month;
        termMonthSums[at++] = sum;
        totals[term]! += sum;
      }
    }
    const candidates = candidateDays(coefficients, devices, row, firstTerm, termCount, dayCount);
    const candidateCoefficients = new Float64Array(candidates.length * termCount);
    candidates.forEach((day, candidate) => {
      for (let term = 0; term < termCount; term++) candidateCoefficients[candidate * termCount + term] = coefficients[(firstTerm + term) * dayCount + day]!;
    });
    const products = new Float64Array(termCount);
    let days = 0;
    yearDays.fill(0);
    for (let month = 0; month < monthCount; month++) {
      days += monthDays[month]!;
      yearDays[yearOfMonth[month]!]! += monthDays[month]!;
    }
    for (let draw = 0; draw < draws; draw++) {
      const drawn = draw * parameterCount;
      const drawAt = draw * statCount;
      for (let term = 0; term < termCount; term++) {
        let product = 1;
        for (let at = paramStart[firstTerm + term]!; at < paramStart[firstTerm + term + 1]!; at++) product *= theta[drawn + params[at]!]!;
        products[term] = product;
      }
      // Term by term over its months: each term's sums are contiguous. Each month still adds its terms in term order.
      monthValues.fill(0);
      for (let term = 0; term < termCount; term++) {
        const product = products[term]!;
        for (let at = termMonthStart[term]!; at < termMonthStart[term + 1]!; at++) monthValues[termMonths[at]!]! += product * termMonthSums[at]!;
      }
      yearSums.fill(0);
      let total = 0;
      for (let month = 0; month < monthCount; month++) {
        const sum = monthValues[month]!;
        const observed = monthDays[month]! > 0;
        values[drawAt + firstMonth + month] = observed ? sum : NaN;
        total += sum;
        yearSums[yearOfMonth[month]!]! += sum;
      }
      const perDay = days > 0 ? total / days : NaN;
      values[drawAt + STAT_PER_DAY] = perDay;
      values[drawAt + STAT_PER_YEAR] = perDay * 365;
      for (let year = 0; year < yearCount; year++) {
        const observed = yearDays[year]! > 0;
        values[drawAt + firstYear + year] = observed ? yearSums[year]! : NaN;
        values[drawAt + firstExtrapolated + year] = observed ? (yearSums[year]! / yearDays[year]!) * daysInYear[year]! : NaN;
      }
      lineSums.fill(0);
      for (let term = 0; term < termCount; term++) {
        // Lines with an interval start at the uplift: devices have none.
        const ofLine = line[firstTerm + term]! - LINE_UPLIFT;
        if (ofLine >= 0) lineSums[ofLine]! += products[term]! * totals[term]!;
      }
      // Deductions enter the terms negative; their lines are given as the persons deducted.
      for (let ofLine = 0; ofLine < lineCount; ofLine++) {
        const sign = ofLine + LINE_UPLIFT < LINE_FIRST_DEDUCTION ? 1 : -1;
        values[drawAt + STAT_FIRST_LINE + ofLine] = days > 0 ? (sign * lineSums[ofLine]!) / days : NaN;
      }
      let peak = -Infinity;
      for (let candidate = 0; candidate < candidates.length; candidate++) {
        let value = 0;
        for (let term = 0; term < termCount; term++) value += products[term]! * candidateCoefficients[candidate * termCount + term]!;
        if (value > peak) peak = value;
      }
      values[drawAt + STAT_PEAK_DAY] = days > 0 ? peak : NaN;
    }
    for (let stat = 0; stat < statCount; stat++) {
      const at = (row * statCount + stat) * probabilities.length;
      // A statistic is missing in every draw or in none: it depends on which days were observed, not on the draw.
      if (Number.isNaN(values[stat]!)) {
        quantiles.fill(NaN, at, at + probabilities.length);
        continue;
      }
      for (let draw = 0; draw < draws; draw++) column[draw] = values[draw * statCount + stat]!;
      selectQuantiles(column, 0, draws, probabilities, quantiles, at);
    }
  }
}

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
function selectQuantiles(values: Float64Array, from: number, length: number, probabilities: Float64Array, out: Float64Array, at: number): void {
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

/**
 * The days that can be a row's busiest in some draw: its observed days (`devices` not NaN) that no
 * other day beats in every term. Every product of parameters is ≥ 0, so a day whose coefficients
 * are at least as large in every term is at least as busy in every draw; of equal days the
 * earliest stays. Ascending.
 *
 * @example
 * // two terms, three days: day 1 beats day 0 in both; day 2 is best in the second only
 * candidateDays(Float64Array.of(1, 2, 0, 1, 3, 5), Float64Array.of(1, 1, 1), 0, 0, 2, 3); // [1, 2]
 */
function candidateDays(coefficients: Float64Array, devices: Float64Array, row: number, firstTerm: number, termCount: number, dayCount: number): Int32Array {
  const days: number[] = [];
  const sums = new Float64Array(dayCount);
  for (let day = 0; day < dayCount; day++) {
    if (Number.isNaN(devices[row * dayCount + day]!)) continue;
    days.push(day);
    for (let term = 0; term < termCount; term++) sums[day]! += coefficients[(firstTerm + term) * dayCount + day]!;
  }
  // Largest Σ coefficients first: a day can only be beaten by one that comes before it.
  days.sort((a, b) => sums[b]! - sums[a]! || a - b);
  const kept: number[] = [];
  for (const day of days) {
    const beaten = kept.some((other) => {
      for (let term = 0; term < termCount; term++) {
        const at = (firstTerm + term) * dayCount;
        if (coefficients[at + other]! < coefficients[at + day]!) return false;
      }
      return true;
    });
    if (!beaten) kept.push(day);
  }
  return Int32Array.from(kept).sort();
}
