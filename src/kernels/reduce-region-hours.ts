import type { HourColumns, HourNumbers } from './reduce-hours.js';

/**
 * For days `dayFrom` to `dayTo` (exclusive), the region's busiest hour: persons summed over
 * every area and segment hour by hour (areas in row order), the max over the day's hours and
 * its slot, written to the last row of `presence` and `peakSlot` (row `areaCount`). An hour
 * with any area missing is unknown, so the day is NaN with slot -1: the region counts complete
 * days only, as the daily estimate does.
 *
 * @example
 * reduceRegionHours(columns, numbers, 6, 0, numbers.dayCount);
 * columns.presence[6 * numbers.dayCount]; // the region's busiest hour on the first day
 */
export function reduceRegionHours(columns: HourColumns, numbers: HourNumbers, areaCount: number, dayFrom: number, dayTo: number): void {
  const { values, weights, dayStart, presence, peakSlot } = columns;
  const { slotCount, dayCount, segmentCount } = numbers;
  const rows = areaCount * segmentCount;
  for (let day = dayFrom; day < dayTo; day++) {
    let best = -Infinity;
    let bestSlot = -1;
    for (let slot = dayStart[day]!; slot < dayStart[day + 1]!; slot++) {
      let persons = 0;
      for (let row = 0; row < rows; row++) persons += values[row * slotCount + slot]! * weights[row % segmentCount]!;
      if (persons !== persons) {
        best = NaN;
        bestSlot = -1;
        break;
      }
      if (persons > best) {
        best = persons;
        bestSlot = slot;
      }
    }
    presence[areaCount * dayCount + day] = best;
    peakSlot[areaCount * dayCount + day] = bestSlot;
  }
}
