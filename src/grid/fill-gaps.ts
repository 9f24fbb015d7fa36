import { weekdayOfDay, yearMonthOfDay } from '../clock/day-number.js';

/** How missing days are treated: left missing (the default), or filled and marked. */
export type FillMethod = 'none' | 'interpolate' | 'weekdayMean';

/**
 * Fill the missing (NaN) cells of a grid's area rows in place and mark each filled cell with 1
 * in `filled` (area rows × days):
 * - `interpolate`: on the straight line between the nearest observed days before and after;
 *   a gap at the start or end of a row has only one side and stays missing;
 * - `weekdayMean`: the mean of the same area's observed days with the same weekday in the same
 *   calendar month (a Saturday in February is like other Saturdays in February, not like a
 *   Tuesday or a Saturday in May); with none, the day stays missing.
 * Returns the number of cells filled. `none` fills nothing.
 *
 * @example
 * const devices = Float64Array.of(10, NaN, NaN, 40);
 * fillGaps(devices, 1, 4, 19723, 'interpolate', new Uint8Array(4)); // 2; devices [10, 20, 30, 40]
 */
export function fillGaps(devices: Float64Array, areaCount: number, dayCount: number, firstDay: number, method: FillMethod, filled: Uint8Array): number {
  if (method === 'none') return 0;
  let count = 0;
  const groupOf = method === 'weekdayMean' ? weekdayMonthGroups(firstDay, dayCount) : undefined;
  for (let row = 0; row < areaCount; row++) {
    const first = row * dayCount;
    const values = devices.subarray(first, first + dayCount);
    const estimates = groupOf === undefined ? interpolated(values) : groupMeans(values, groupOf);
    for (let day = 0; day < dayCount; day++) {
      if (!Number.isNaN(values[day]!) || Number.isNaN(estimates[day]!)) continue;
      values[day] = estimates[day]!;
      filled[first + day] = 1;
      count++;
    }
  }
  return count;
}

/** Straight lines across each inner gap of a row; NaN outside the first and last observation. */
function interpolated(values: Float64Array): Float64Array {
  const result = new Float64Array(values.length).fill(NaN);
  let before = -1;
  for (let day = 0; day < values.length; day++) {
    if (Number.isNaN(values[day]!)) continue;
    for (let gap = before + 1; before >= 0 && gap < day; gap++) {
      result[gap] = values[before]! + ((values[day]! - values[before]!) * (gap - before)) / (day - before);
    }
    before = day;
  }
  return result;
}

/** Each day's group: one per weekday of each calendar month of the span. */
function weekdayMonthGroups(firstDay: number, dayCount: number): Int32Array {
  const groups = new Int32Array(dayCount);
  for (let day = 0; day < dayCount; day++) {
    const { year, month } = yearMonthOfDay(firstDay + day);
    groups[day] = (year * 12 + month) * 7 + weekdayOfDay(firstDay + day);
  }
  return groups;
}

/** The mean of the observed values in each day's group; NaN for a group without any. */
function groupMeans(values: Float64Array, groupOf: Int32Array): Float64Array {
  const sums = new Map<number, { sum: number; days: number }>();
  values.forEach((value, day) => {
    if (Number.isNaN(value)) return;
    const group = sums.get(groupOf[day]!) ?? { sum: 0, days: 0 };
    group.sum += value;
    group.days++;
    sums.set(groupOf[day]!, group);
  });
  return Float64Array.from(groupOf, (group) => {
    const found = sums.get(group);
    return found === undefined ? NaN : found.sum / found.days;
  });
}
