/** The typed arrays `reduceHours` and `reduceRegionHours` read and write. */
export interface HourColumns {
  /** Devices per row (area × segmentCount + segment) and slot, NaN where missing. */
  values: Float64Array;
  /** Persons per device for each segment: 1 + its uplift. */
  weights: Float64Array;
  /** Slot at which each local day starts, `slotCount` last. */
  dayStart: Int32Array;
  /** Local clock hour (0–23) of each slot. */
  localHour: Uint8Array;
  /** Out, per (area, and the region last) × day: persons at the day's busiest hour (the max over its hours). */
  presence: Float64Array;
  /** Out, per (area, region last) × day: the slot of that hour (the earliest of equals), -1 where the day is incomplete. */
  peakSlot: Int32Array;
  /** Out, per row × day: the row's devices at its area's busiest hour that day. */
  atPeak: Float64Array;
  /** Out, per row × day: the row's mean devices over the night window's hours of the night that starts that day's evening. */
  night: Float64Array;
}

/** A night runs from noon to noon: a window hour before noon is the next morning's. */
const NOON = 12;

/** The grid's layout and the night window (local clock hours `nightFrom` ≤ h < `nightTo`). */
export interface HourNumbers {
  slotCount: number;
  dayCount: number;
  segmentCount: number;
  nightFrom: number;
  nightTo: number;
}

/**
 * For areas `areaFrom` to `areaTo` (exclusive), reduce each local day's hours to: the persons
 * present at the busiest hour (Σ segments devices × weight, max over the day's 23, 24 or 25
 * hours) and which hour that was; each segment's devices at that hour (so the segments add up to
 * the busiest hour's persons); and each segment's mean devices over the night window of the
 * night that starts that day's evening (SSB's dating: a 02–04 window is read on the next
 * morning; on the 25-hour day the repeated 02:00 counts twice, on the 23-hour day 02:00 is
 * absent: the mean is over the hours the clock showed). A day with any hour missing is NaN (its
 * busiest hour is unknown), as is a night with a night hour missing, and the last day's night
 * (no morning follows it). Areas are independent and hours are visited in order, so the result
 * does not depend on how areas are split between threads.
 *
 * @example
 * // 1 area, 1 segment, two 24-hour days: 10 persons per hour, 40 at 13:00; night 02–04
 * reduceHours(columns, { slotCount: 48, dayCount: 2, segmentCount: 1, nightFrom: 2, nightTo: 4 }, 0, 1);
 * columns.presence[0]; // 40 (weights [1]); columns.night: [10, NaN] (the second evening has no morning)
 */
export function reduceHours(columns: HourColumns, numbers: HourNumbers, areaFrom: number, areaTo: number): void {
  const { values, weights, dayStart, localHour, presence, peakSlot, atPeak, night } = columns;
  const { slotCount, dayCount, segmentCount, nightFrom, nightTo } = numbers;
  for (let area = areaFrom; area < areaTo; area++) {
    const firstRow = area * segmentCount;
    for (let day = 0; day < dayCount; day++) {
      const from = dayStart[day]!;
      const to = dayStart[day + 1]!;
      let best = -Infinity;
      let bestSlot = -1;
      for (let slot = from; slot < to; slot++) {
        let persons = 0;
        for (let segment = 0; segment < segmentCount; segment++) persons += values[(firstRow + segment) * slotCount + slot]! * weights[segment]!;
        // NaN (a missing hour) makes the whole day unknown.
        if (persons !== persons) {
          bestSlot = -1;
          best = NaN;
          break;
        }
        if (persons > best) {
          best = persons;
          bestSlot = slot;
        }
      }
      presence[area * dayCount + day] = best;
      peakSlot[area * dayCount + day] = bestSlot;
      for (let segment = 0; segment < segmentCount; segment++) {
        const row = (firstRow + segment) * slotCount;
        atPeak[(firstRow + segment) * dayCount + day] = bestSlot === -1 ? NaN : values[row + bestSlot]!;
        // The night of this day's evening runs from noon to noon: the window's hours from 12:00
        // are this day's, those before 12:00 the next morning's.
        let sum = 0;
        let hours = 0;
        for (let slot = from; slot < to; slot++) {
          const hour = localHour[slot]!;
          if (hour < NOON || hour < nightFrom || hour >= nightTo) continue;
          sum += values[row + slot]!;
          hours++;
        }
        if (nightFrom < NOON) {
          // The last evening has no morning: its night is unknown.
          if (day + 1 === dayCount) sum = NaN;
          else {
            for (let slot = to; slot < dayStart[day + 2]!; slot++) {
              const hour = localHour[slot]!;
              if (hour >= NOON || hour < nightFrom || hour >= nightTo) continue;
              sum += values[row + slot]!;
              hours++;
            }
          }
        }
        night[(firstRow + segment) * dayCount + day] = hours === 0 ? NaN : sum / hours;
      }
    }
  }
}
