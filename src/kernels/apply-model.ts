import { GROUP_DAYS, GROUP_FIELDS, GROUP_GUEST_NIGHTS, GROUP_PERSONS, STAT_DAYS, STAT_DEVICES, STAT_FIELDS, STAT_GUEST_NIGHTS, STAT_NEGATIVE_DAYS, STAT_PERSONS } from './stat-fields.js';

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
  /** Sums per row and season, then day type, laid out as described in `stat-fields.ts`. */
  groups: Float64Array;
}

/** The model's scalars and the grid's layout. */
export interface ModelNumbers {
  dayCount: number;
  /** 1 + uplift; unused when `present` is given. */
  personsPerDevice: number;
  /** Day offset at which each calendar month of the span starts, and the span's length last (monthCount + 1 entries). */
  monthStart: Int32Array;
  /** Each day's season (an index below `seasonCount`) and day type (below `dayTypeCount`), as the calendar classes them. */
  season: Uint8Array;
  seasonCount: number;
  dayType: Uint8Array;
  dayTypeCount: number;
}

/**
 * For grid rows `rowFrom` to `rowTo` (exclusive): persons = devices × (1 + uplift) (or the
 * given `present`) and guest-nights = persons − deductions for every observed day, and the sums per row and month
 * (days, devices, persons, guest-nights, negative days). Missing days (NaN) are skipped. Also
 * the sums per row and season and per row and day type (days, persons, guest-nights) over the
 * days persons are known: the summary's seasons and day types, without per-day arrays.
 * Rows are independent and each is summed in day order, so the result does not depend on
 * how rows are split between threads. The hot loop touches typed arrays only.
 *
 * @example
 * // 1 row × 2 days in one month, uplift 0.5, deductions 10 and 12: persons 30, 15; guest-nights 20, 3
 * const columns = { devices: Float64Array.of(20, 10), deductions: Float64Array.of(10, 12), stats: new Float64Array(5), groups: new Float64Array(6) };
 * const oneGroup = { season: new Uint8Array(2), seasonCount: 1, dayType: new Uint8Array(2), dayTypeCount: 1 };
 * applyModel(columns, { dayCount: 2, personsPerDevice: 1.5, monthStart: Int32Array.of(0, 2), ...oneGroup }, 0, 1);
 * // stats [2, 30, 45, 23, 0]; groups [2, 45, 23, 2, 45, 23]
 */
export function applyModel(columns: ModelColumns, numbers: ModelNumbers, rowFrom: number, rowTo: number): void {
  const { devices, deductions, present: given, daily, stats, groups } = columns;
  const { dayCount, personsPerDevice, monthStart, season, seasonCount, dayType } = numbers;
  const monthCount = monthStart.length - 1;
  const groupsPerRow = (seasonCount + numbers.dayTypeCount) * GROUP_FIELDS;
  // A row's group sums in a small array of their own, copied out once per row.
  const rowGroups = new Float64Array(groupsPerRow);
  for (let row = rowFrom; row < rowTo; row++) {
    const first = row * dayCount;
    rowGroups.fill(0);
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
        if (present === present) {
          // Two groups per day, each summed in day order.
          const bySeason = season[cell - first]! * GROUP_FIELDS;
          rowGroups[bySeason + GROUP_DAYS]!++;
          rowGroups[bySeason + GROUP_PERSONS]! += present;
          rowGroups[bySeason + GROUP_GUEST_NIGHTS]! += guests;
          const byDayType = (seasonCount + dayType[cell - first]!) * GROUP_FIELDS;
          rowGroups[byDayType + GROUP_DAYS]!++;
          rowGroups[byDayType + GROUP_PERSONS]! += present;
          rowGroups[byDayType + GROUP_GUEST_NIGHTS]! += guests;
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
    groups.set(rowGroups, row * groupsPerRow);
  }
}
