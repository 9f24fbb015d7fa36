import type { HourGrid } from '../hourly/hour-grid.js';
import { PRIMARY } from './suppression-status.js';

/** Hours from local midnight before which an hour belongs to the night dated by the evening before. */
const NOON = 12;

/**
 * The threshold rule on hourly counts, before they are reduced to days: every hour below
 * `threshold` devices, in any segment, is made missing (NaN) in place, so the day's busiest hour
 * and, where the hour is in the night window, its night presence are unknown, as for an hour
 * without an observation. Returns the area-days that lost an hour, `PRIMARY` per (area × day):
 * the hour's own day (its busiest hour) and, for an hour before noon, the day before (the night
 * dated by that evening); then a region row of zeros: the grid layout of `withheldStatus`, which keeps those whose value
 * needed the hour.
 *
 * @example
 * const withheld = withholdSmallHours(hourGrid, 16);
 * hourGrid.values[slot]; // NaN where it was below 16
 */
export function withholdSmallHours(grid: HourGrid, threshold: number): Uint8Array {
  const { values, slotCount, dayCount, dayStart } = grid;
  const segmentCount = grid.segmentNames.length;
  const withheld = new Uint8Array((grid.areaCodes.length + 1) * dayCount);
  for (let row = 0; row < grid.areaCodes.length * segmentCount; row++) {
    const area = Math.floor(row / segmentCount);
    for (let day = 0; day < dayCount; day++) {
      for (let slot = row * slotCount + dayStart[day]!; slot < row * slotCount + dayStart[day + 1]!; slot++) {
        // NaN < threshold is false: a missing hour stays as it is.
        if (!(values[slot]! < threshold)) continue;
        values[slot] = NaN;
        withheld[area * dayCount + day] = PRIMARY;
        // A morning hour is also in the night dated by the evening before.
        if (day > 0 && slot - row * slotCount - dayStart[day]! < NOON) withheld[area * dayCount + day - 1] = PRIMARY;
      }
    }
  }
  return withheld;
}
