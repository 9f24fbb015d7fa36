import { STAT_DAYS, STAT_DEVICES, STAT_FIELDS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS, STAT_PERSONS } from './stat-fields.js';

/** The typed arrays `applyModel` reads and writes; all share the grid's row × day layout. */
export interface ModelColumns {
  devices: Float64Array;
  /** Σ deductions per cell; NaN where a row has no guest-nights (a region-wide deduction on an area row). */
  deductions: Float64Array;
  /** Persons per cell, given when segments have uplifts of their own; otherwise devices × (1 + uplift). */
  present?: Float64Array;
  /** Daily outputs, filled only when given: a summary alone needs no per-day arrays. */
  daily?: { persons: Float64Array; guestNights: Float64Array };
  /** Sums per row and month, laid out as described in `stat-fields.ts`. */
  stats: Float64Array;
}

/** The model's scalars and the grid's layout. */
export interface ModelNumbers {
  dayCount: number;
  /** 1 + uplift; unused when `present` is given. */
  personsPerDevice: number;
  /** Day offset at which each calendar month of the span starts, and the span's length last (monthCount + 1 entries). */
  monthStart: Int32Array;
}

/**
 * For grid rows `rowFrom` to `rowTo` (exclusive): persons = devices × (1 + uplift) (or the
 * given `present`) and guest-nights = persons − deductions for every observed day, and the sums per row and month
 * (days, devices, persons, guest-nights, negative days). Missing days (NaN) are skipped.
 * Rows are independent and each is summed in day order, so the result does not depend on
 * how rows are split between threads. The hot loop touches typed arrays only.
 *
 * @example
 * // 1 row × 2 days in one month, uplift 0.5, deductions 10 and 12: persons 30, 15; guest-nights 20, 3
 * const columns = { devices: Float64Array.of(20, 10), deductions: Float64Array.of(10, 12), stats: new Float64Array(5) };
 * applyModel(columns, { dayCount: 2, personsPerDevice: 1.5, monthStart: Int32Array.of(0, 2) }, 0, 1);
 */
export function applyModel(columns: ModelColumns, numbers: ModelNumbers, rowFrom: number, rowTo: number): void {
  const { devices, deductions, present: given, daily, stats } = columns;
  const { dayCount, personsPerDevice, monthStart } = numbers;
  const monthCount = monthStart.length - 1;
  for (let row = rowFrom; row < rowTo; row++) {
    const first = row * dayCount;
    for (let month = 0; month < monthCount; month++) {
      // Sums in locals, written once per month: keeps the inner loop free of stores to `stats`.
      let days = 0;
      let deviceSum = 0;
      let personSum = 0;
      let guestNightSum = 0;
      let negativeDays = 0;
      const end = first + monthStart[month + 1]!;
      for (let cell = first + monthStart[month]!; cell < end; cell++) {
        const count = devices[cell]!;
        const present = given === undefined ? count * personsPerDevice : given[cell]!;
        const guests = present - deductions[cell]!;
        if (daily !== undefined) {
          daily.persons[cell] = present;
          daily.guestNights[cell] = guests;
        }
        // NaN: no observation that day (the daily outputs above are NaN too).
        if (count !== count) continue;
        days++;
        deviceSum += count;
        personSum += present;
        guestNightSum += guests;
        if (guests < 0) negativeDays++;
      }
      const at = (row * monthCount + month) * STAT_FIELDS;
      stats[at + STAT_DAYS] = days;
      stats[at + STAT_DEVICES] = deviceSum;
      stats[at + STAT_PERSONS] = personSum;
      stats[at + STAT_GUEST_NIGHTS] = guestNightSum;
      stats[at + STAT_NEGATIVE_DAYS] = negativeDays;
    }
  }
}
