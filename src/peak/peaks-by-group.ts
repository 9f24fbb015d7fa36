import { percentileOfSorted } from '../kernels/percentile.js';

/** The busiest figures of one group of days: observed days, the maximum and p95. */
export interface GroupPeak {
  days: number;
  /** Null for a group without an observed day. */
  max: number | null;
  p95: number | null;
}

/**
 * The maximum and p95 (type 7, as `percentileOfSorted`) of the values in each group of days,
 * one pass to count and one to place (a counting sort by group), then one sort per group.
 * One helper for every breakdown: by month, season or day type, only `groupOfDay` differs.
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
  const grouped = new Float64Array(start[groupCount]!);
  const next = start.slice(0, groupCount);
  for (let day = 0; day < values.length; day++) if (!Number.isNaN(values[day]!)) grouped[next[groupOfDay[day]!]!++] = values[day]!;
  return Array.from({ length: groupCount }, (_, group) => {
    const sorted = grouped.subarray(start[group]!, start[group + 1]!).sort();
    const observed = sorted.length > 0;
    return { days: sorted.length, max: observed ? sorted[sorted.length - 1]! : null, p95: observed ? percentileOfSorted(sorted, 0.95) : null };
  });
}
