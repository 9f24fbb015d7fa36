import {
  GROUP_DAYS,
  GROUP_FIELDS,
  GROUP_GUEST_NIGHTS,
  GROUP_PERSONS,
  STAT_DAYS,
  STAT_DEVICES,
  STAT_FIELDS,
  STAT_GUEST_NIGHTS,
  STAT_NEGATIVE_DAYS,
  STAT_PERSONS,
} from './stat-fields.js';

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
  /** Each day's season × `dayTypeCount` + day type, as the calendar classes the day (see `dayGroups`). */
  dayGroup: Uint16Array;
  /** The calendar's seasons: the first `seasonCount` groups of a row in `groups`. */
  seasonCount: number;
  /** The day types (`DAY_TYPES`): the groups after the seasons. */
  dayTypeCount: number;
}

/**
 * For grid rows `rowFrom` to `rowTo` (exclusive): persons = devices × (1 + uplift) (or the
 * given `present`) and guest-nights = persons − deductions for every observed day, and the sums per row and month
 * (days, devices, persons, guest-nights, negative days). Missing days (NaN) are skipped. Also
 * the sums per row and season and per row and day type (days, persons, guest-nights) over the
 * observed days: the summary's seasons and day types, without per-day arrays. Those
 * add each run of days of one season and day type, then the runs: in a fixed order either way.
 * Rows are independent and each is summed in day order, so the result does not depend on
 * how rows are split between threads. The hot loop touches typed arrays only.
 *
 * @example
 * // 1 row × 2 days in one month, uplift 0.5, deductions 10 and 12: persons 30, 15; guest-nights 20, 3
 * const columns = { devices: Float64Array.of(20, 10), deductions: Float64Array.of(10, 12), stats: new Float64Array(5), groups: new Float64Array(6) };
 * const oneGroup = { dayGroup: new Uint16Array(2), seasonCount: 1, dayTypeCount: 1 };
 * applyModel(columns, { dayCount: 2, personsPerDevice: 1.5, monthStart: Int32Array.of(0, 2), ...oneGroup }, 0, 1);
 * // stats [2, 30, 45, 23, 0]; groups [2, 45, 23, 2, 45, 23]
 */
export function applyModel(columns: ModelColumns, numbers: ModelNumbers, rowFrom: number, rowTo: number): void {
  const { devices, deductions, present: given, daily, stats, groups } = columns;
  const { dayCount, personsPerDevice, monthStart, dayGroup, seasonCount, dayTypeCount } = numbers;
  const monthCount = monthStart.length - 1;
  const groupsPerRow = (seasonCount + dayTypeCount) * GROUP_FIELDS;
  // Sums per season × day type: a run of days in one of them is summed in locals, then added here.
  const runSums = new Float64Array(seasonCount * dayTypeCount * GROUP_FIELDS);
  for (let row = rowFrom; row < rowTo; row++) {
    const first = row * dayCount;
    runSums.fill(0);
    let runGroup = dayGroup[0]!;
    let runDays = 0;
    let runPersons = 0;
    let runGuestNights = 0;
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
        // NaN: no observation that day (the daily outputs above are NaN too; so is a given `present`).
        if (count !== count) continue;
        const group = dayGroup[cell - first]!;
        if (group !== runGroup) {
          const at = runGroup * GROUP_FIELDS;
          runSums[at + GROUP_DAYS]! += runDays;
          runSums[at + GROUP_PERSONS]! += runPersons;
          runSums[at + GROUP_GUEST_NIGHTS]! += runGuestNights;
          runGroup = group;
          runDays = runPersons = runGuestNights = 0;
        }
        runDays++;
        runPersons += present;
        runGuestNights += guests;
        days++;
        deviceSum += count;
        personSum += present;
        guestNightSum += guests;
        // Without a branch: whether guest-nights are negative is as good as random to the CPU on some data.
        negativeDays += +(guests < 0);
      }
      const at = (row * monthCount + month) * STAT_FIELDS;
      stats[at + STAT_DAYS] = days;
      stats[at + STAT_DEVICES] = deviceSum;
      stats[at + STAT_PERSONS] = personSum;
      stats[at + STAT_GUEST_NIGHTS] = guestNightSum;
      stats[at + STAT_NEGATIVE_DAYS] = negativeDays;
    }
    const last = runGroup * GROUP_FIELDS;
    runSums[last + GROUP_DAYS]! += runDays;
    runSums[last + GROUP_PERSONS]! += runPersons;
    runSums[last + GROUP_GUEST_NIGHTS]! += runGuestNights;
    foldGroups(runSums, seasonCount, dayTypeCount, groups, row * groupsPerRow);
  }
}

/**
 * One grid row's columns, as a grid of that one row: views, not copies, for `applyModel` on row 0.
 * The inline path hands the model each row as its deductions are laid (`deductions` is that row's).
 *
 * @example
 * applyModel(rowColumns(columns, total, numbers, 5), numbers, 0, 1); // grid row 5
 */
export function rowColumns(columns: Omit<ModelColumns, 'deductions'>, deductions: Float64Array, numbers: ModelNumbers, row: number): ModelColumns {
  const { dayCount, monthStart, seasonCount, dayTypeCount } = numbers;
  const of = (values: Float64Array, width: number) => values.subarray(row * width, (row + 1) * width);
  const { devices, present, daily, stats, groups } = columns;
  return {
    devices: of(devices, dayCount),
    deductions,
    present: present && of(present, dayCount),
    daily: daily && { persons: of(daily.persons, dayCount), guestNights: of(daily.guestNights, dayCount) },
    stats: of(stats, (monthStart.length - 1) * STAT_FIELDS),
    groups: of(groups, (seasonCount + dayTypeCount) * GROUP_FIELDS),
  };
}

/**
 * Each season's sums (over its day types, in order) and then each day type's (over the seasons,
 * in order) from the sums per season × day type, written at `at`.
 */
function foldGroups(runSums: Float64Array, seasonCount: number, dayTypeCount: number, groups: Float64Array, at: number): void {
  groups.fill(0, at, at + (seasonCount + dayTypeCount) * GROUP_FIELDS);
  for (let season = 0; season < seasonCount; season++) {
    for (let dayType = 0; dayType < dayTypeCount; dayType++) {
      const from = (season * dayTypeCount + dayType) * GROUP_FIELDS;
      const bySeason = at + season * GROUP_FIELDS;
      const byDayType = at + (seasonCount + dayType) * GROUP_FIELDS;
      for (let field = 0; field < GROUP_FIELDS; field++) {
        groups[bySeason + field]! += runSums[from + field]!;
        groups[byDayType + field]! += runSums[from + field]!;
      }
    }
  }
}
