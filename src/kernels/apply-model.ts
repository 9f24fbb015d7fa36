import { STAT_DAYS, STAT_DEVICES, STAT_FIELDS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS, STAT_PERSONS } from './stat-fields.js';

/** The typed arrays `applyModel` reads and writes; all share the grid's row × day layout. */
export interface ModelColumns {
  devices: Float64Array;
  persons: Float64Array;
  guestNights: Float64Array;
  /** Sums per row and month, laid out as described in `stat-fields.ts`. */
  stats: Float64Array;
}

/** The model reduced to numbers: the persons factor and each row's total deduction per day. */
export interface ModelNumbers {
  dayCount: number;
  /** 1 + uplift. */
  personsPerDevice: number;
  /** Σ deductions per day for each row; NaN where a row has no guest-nights (a region-wide number applies to it). */
  deductionOfRow: Float64Array;
  /** Month bucket (0-based from the span's first month) of each day offset. */
  monthOfDay: Int32Array;
  monthCount: number;
}

/**
 * For grid rows `rowFrom` to `rowTo` (exclusive): persons = devices × (1 + uplift) and
 * guest-nights = persons − deductions for every observed day, and the sums per row and month
 * (days, devices, persons, guest-nights, negative days). Missing days (NaN) are skipped.
 * Rows are independent and each is summed in day order, so the result does not depend on
 * how rows are split between threads. The hot loop touches typed arrays only.
 *
 * @example
 * // 1 row × 2 days, uplift 0.5, deduction 10: persons 30, 15; guest-nights 20, 5
 * applyModel(columns, numbers, 0, 1);
 */
export function applyModel(columns: ModelColumns, numbers: ModelNumbers, rowFrom: number, rowTo: number): void {
  const { devices, persons, guestNights, stats } = columns;
  const { dayCount, personsPerDevice, deductionOfRow, monthOfDay, monthCount } = numbers;
  stats.fill(0, rowFrom * monthCount * STAT_FIELDS, rowTo * monthCount * STAT_FIELDS);
  for (let row = rowFrom; row < rowTo; row++) {
    const deduction = deductionOfRow[row]!;
    const first = row * dayCount;
    const statsOfRow = row * monthCount;
    for (let day = 0; day < dayCount; day++) {
      const cell = first + day;
      const count = devices[cell]!;
      if (count !== count) {
        // NaN: no observation that day.
        persons[cell] = NaN;
        guestNights[cell] = NaN;
        continue;
      }
      const present = count * personsPerDevice;
      const guests = present - deduction;
      persons[cell] = present;
      guestNights[cell] = guests;
      const at = (statsOfRow + monthOfDay[day]!) * STAT_FIELDS;
      stats[at + STAT_DAYS]! += 1;
      stats[at + STAT_DEVICES]! += count;
      stats[at + STAT_PERSONS]! += present;
      stats[at + STAT_GUEST_NIGHTS]! += guests;
      if (guests < 0) stats[at + STAT_NEGATIVE_DAYS]! += 1;
    }
  }
}
