import { calendarMonths } from '../calendar/calendar-months.js';
import { chiSquareUpperTail } from './chi-square-upper-tail.js';
import type { ShareTable } from './market-shares.js';

/** One operator's device counts, laid out as teleguest's grid: areas × days (a region row, if any, is not read). */
export interface OperatorCounts {
  operator: string;
  devices: Float64Array;
}

/** The grid the counts are laid out on. */
export interface OperatorGridLayout {
  /** Day number of the first column. */
  firstDay: number;
  dayCount: number;
  areaCount: number;
}

export interface CombineOptions {
  /** The level at which operators are flagged as disagreeing (default 0.001). */
  alpha?: number;
}

/** The operators' counts combined, per cell; the region's row last, as in teleguest's grid. */
export interface CombinedCounts {
  /** Estimated people present, Σ counts / Σ shares over the operators observed; NaN where none is. */
  persons: Float64Array;
  /** Standard error of `persons` under binomial sampling: √(persons × (1 − Σ shares) / Σ shares). */
  standardError: Float64Array;
  /** Operators observed in the cell (the region: on days when every area has one). */
  operators: Uint8Array;
  /** Pearson's chi-square of the operators' counts against their shares; NaN with fewer than 2 operators, and on the region's row. */
  chiSquare: Float64Array;
  /** P(χ² ≥ chiSquare) with operators − 1 degrees of freedom. */
  pValue: Float64Array;
  /** 1 where `pValue` < `alpha`: the operators disagree more than sampling explains. */
  disagree: Uint8Array;
  disagreeCells: number;
  alpha: number;
}

/**
 * Combine several operators' device counts into one estimate of the people present per cell.
 * Each person present carries a device of operator o with probability pₒ (its market share in
 * the area and year), of none of them otherwise, so the counts are one multinomial draw:
 * Cₒ/pₒ is unbiased for the people present N, and the best combination, weighting each by the
 * inverse of the covariance of the estimates (which is −N between two operators, as they split
 * one population), is N̂ = Σ Cₒ / Σ pₒ, with variance N (1 − P) / P, P = Σ pₒ. An operator
 * missing on a day (NaN) leaves the others: the sums run over the operators observed.
 * Given their total, the counts are multinomial with probabilities pₒ / P; Pearson's
 * chi-square against that flags cells where the operators disagree more than their shares
 * can explain (with two operators it is the square of the z of their difference). The derivation
 * and its limits are in docs/operators.md.
 *
 * @example
 * // one area, one day in 2024: Telia (share 0.4) counts 400, Telenor (0.2) 200
 * const shares = resolveShares({ telia: { '3320': 0.4 }, telenor: { '3320': 0.2 } }, ['telia', 'telenor'], ['3320'], [2024]);
 * const combined = combineOperators([{ operator: 'telia', devices: Float64Array.of(400) }, { operator: 'telenor', devices: Float64Array.of(200) }], shares, { firstDay: 19723, dayCount: 1, areaCount: 1 });
 * combined.persons[0]; // 1000 (600 / 0.6)
 * combined.standardError[0]; // 25.8 (√(1000 × 0.4 / 0.6))
 */
export function combineOperators(
  counts: readonly OperatorCounts[],
  shares: ShareTable,
  layout: OperatorGridLayout,
  options: CombineOptions = {},
): CombinedCounts {
  const { firstDay, dayCount, areaCount } = layout;
  const alpha = options.alpha ?? 0.001;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('options.alpha must be a number between 0 and 1');
  // Each operator's row in the share table, by its name: the counts may come in any order.
  const shareRow = counts.map(({ operator }) => {
    const row = shares.operators.indexOf(operator);
    if (row === -1) throw new RangeError(`operator "${operator}" has counts but no row in the share table (resolveShares with it)`);
    return row;
  });
  const yearOfDay = yearIndexOfDays(firstDay, dayCount, shares);
  const cells = (areaCount + 1) * dayCount;
  const persons = new Float64Array(cells).fill(NaN);
  const variance = new Float64Array(cells);
  const operators = new Uint8Array(cells);
  const chiSquare = new Float64Array(cells).fill(NaN);
  const pValue = new Float64Array(cells).fill(NaN);
  const disagree = new Uint8Array(cells);
  let disagreeCells = 0;
  const region = areaCount * dayCount;
  const devices = counts.map((operator) => operator.devices);

  for (let area = 0; area < areaCount; area++) {
    for (let day = 0; day < dayCount; day++) {
      const cell = area * dayCount + day;
      const year = yearOfDay[day]!;
      // 1. Totals over the operators observed.
      let total = 0;
      let shareSum = 0;
      let observed = 0;
      for (let o = 0; o < devices.length; o++) {
        const count = devices[o]![cell]!;
        if (Number.isNaN(count)) continue;
        total += count;
        shareSum += shares.share[(shareRow[o]! * areaCount + area) * shares.yearCount + year]!;
        observed++;
      }
      operators[cell] = observed;
      if (observed === 0) continue;
      // 2. The estimate and its variance, N (1 − P) / P with N estimated.
      const estimate = total / shareSum;
      persons[cell] = estimate;
      variance[cell] = (Math.max(estimate, 0) * (1 - shareSum)) / shareSum;
      if (observed < 2) continue;
      // 3. Pearson's chi-square of the counts against total × pₒ / P.
      let statistic = 0;
      for (let o = 0; o < devices.length; o++) {
        const count = devices[o]![cell]!;
        if (Number.isNaN(count)) continue;
        const expected = (total * shares.share[(shareRow[o]! * areaCount + area) * shares.yearCount + year]!) / shareSum;
        // No devices at all: every operator agrees on nobody.
        if (expected > 0) statistic += ((count - expected) * (count - expected)) / expected;
      }
      chiSquare[cell] = statistic;
      const p = chiSquareUpperTail(statistic, observed - 1);
      pValue[cell] = p;
      if (p < alpha) {
        disagree[cell] = 1;
        disagreeCells++;
      }
    }
  }

  // 4. The region: the sum of the areas on days every area has an estimate; areas sample independently.
  persons.fill(0, region, region + dayCount);
  operators.fill(255, region, region + dayCount);
  for (let area = 0; area < areaCount; area++) {
    for (let day = 0; day < dayCount; day++) {
      persons[region + day]! += persons[area * dayCount + day]!;
      variance[region + day]! += variance[area * dayCount + day]!;
      operators[region + day] = Math.min(operators[region + day]!, operators[area * dayCount + day]!);
    }
  }
  if (areaCount === 0) operators.fill(0, region, region + dayCount);
  const standardError = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) standardError[cell] = Number.isNaN(persons[cell]!) ? NaN : Math.sqrt(variance[cell]!);
  return { persons, standardError, operators, chiSquare, pValue, disagree, disagreeCells, alpha };
}

/** Each day's calendar year as an index into the share table, which must cover them all. */
function yearIndexOfDays(firstDay: number, dayCount: number, shares: ShareTable): Uint16Array {
  const { monthStart, yearOfMonth } = calendarMonths(firstDay, dayCount);
  const { firstYear, yearCount } = shares;
  const [first, last] = [yearOfMonth[0]!, yearOfMonth[yearOfMonth.length - 1]!];
  if (first < firstYear || last >= firstYear + yearCount)
    throw new RangeError(`the share table covers ${firstYear}–${firstYear + yearCount - 1}, the counts ${first}–${last}`);
  const years = new Uint16Array(dayCount);
  for (let month = 0; month < yearOfMonth.length; month++) years.fill(yearOfMonth[month]! - firstYear, monthStart[month]!, monthStart[month + 1]!);
  return years;
}
