/** Observed days and their sum in one group of days. */
export interface GroupSum {
  days: number;
  sum: number;
}

/**
 * The observed (non-NaN) days of a series and their sum in each group of days: one pass, days
 * in order, so sums do not depend on how the series was computed. With `daysFrom`, a day counts
 * as observed where that series is not NaN (persons, say, when guest-nights are NaN throughout).
 *
 * @example
 * sumsByGroup(Float64Array.of(10, 30, 20, NaN), Uint8Array.of(0, 1, 0, 1), 2);
 * // [{ days: 2, sum: 30 }, { days: 1, sum: 30 }]
 */
export function sumsByGroup(values: Float64Array, groupOfDay: ArrayLike<number>, groupCount: number, daysFrom: Float64Array = values): GroupSum[] {
  const groups = Array.from({ length: groupCount }, () => ({ days: 0, sum: 0 }));
  for (let day = 0; day < values.length; day++) {
    if (Number.isNaN(daysFrom[day]!)) continue;
    const group = groups[groupOfDay[day]!]!;
    group.days++;
    group.sum += values[day]!;
  }
  return groups;
}
