import { selectQuantiles } from '../kernels/select-quantiles.js';

/** The busiest figures of one group of days: observed days, the maximum and p95. */
export interface GroupPeak {
  days: number;
  /** Null for a group without an observed day. */
  max: number | null;
  p95: number | null;
}

/**
 * The maximum and p95 (type 7, as `percentileOfSorted`) of the values in each group of days,
 * one pass to count and one to place (a counting sort by group), then the p95 of each group by
 * selection (`selectQuantiles`), not a sort: a national report asks this of every area by month,
 * season and day type. One helper for every breakdown: by month, season or day type, only
 * `groupOfDay` differs.
 *
 * @example
 * // Days 0–3 in groups 0, 1, 0, 1; day 3 not observed.
 * peaksByGroup(Float64Array.of(10, 30, 20, NaN), Uint8Array.of(0, 1, 0, 1), 2);
 * // [{ days: 2, max: 20, p95: 19.5 }, { days: 1, max: 30, p95: 30 }]
 */
export function peaksByGroup(values: Float64Array, groupOfDay: ArrayLike<number>, groupCount: number): GroupPeak[] {
  // start[group] .. start[group + 1]: where the group's values go in `grouped`.
  const start = new Int32Array(groupCount + 1);
  for (let day = 0; day < values.length; day++) if (!Number.isNaN(values[day]!)) start[groupOfDay[day]! + 1]!++;
  for (let group = 0; group < groupCount; group++) start[group + 1]! += start[group]!;
  if (grouped.length < start[groupCount]!) grouped = new Float64Array(values.length);
  const next = start.slice(0, groupCount);
  const max = new Float64Array(groupCount).fill(-Infinity);
  for (let day = 0; day < values.length; day++) {
    const value = values[day]!;
    if (Number.isNaN(value)) continue;
    const group = groupOfDay[day]!;
    grouped[next[group]!++] = value;
    if (value > max[group]!) max[group] = value;
  }
  const p95 = new Float64Array(1);
  return Array.from({ length: groupCount }, (_, group) => {
    const days = start[group + 1]! - start[group]!;
    if (days === 0) return { days, max: null, p95: null };
    selectQuantiles(grouped, start[group]!, days, P95, p95, 0);
    return { days, max: max[group]!, p95: p95[0]! };
  });
}

const P95 = Float64Array.of(0.95);

/**
 * Scratch, kept between calls: the values in group order. A national report asks for three
 * groupings of every area; fresh arrays each time are memory first touched each time, which on
 * this kind of machine costs more than the work (docs/performance.md).
 */
let grouped = new Float64Array(0);
