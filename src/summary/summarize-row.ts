import type { CalendarMonths } from '../calendar/calendar-months.js';
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
} from '../kernels/stat-fields.js';
import { DAY_TYPES, type Calendar } from '../calendar/calendar.js';
import type { Figures, GroupFigures, MonthFigures, YearFigures } from './summary.js';
import type { WithheldDays } from '../disclosure/withheld-days.js';

/** What `summarizeRow` needs besides the statistics: the row's name and deductions. */
export interface RowContext {
  name: string;
  row: number;
  /** This row's value of each deduction (NaN where it does not apply to the row). */
  deductions: Array<[string, number]>;
  /** False on an area row when some deduction is region-wide. */
  hasGuestNights: boolean;
  /** Observed days whose value was filled. */
  filledDays: number;
  /** This row's sums per season, then per day type, from the kernel (see `stat-fields.ts`). */
  groups: Float64Array;
  /** With disclosure control: every row's withheld days per group (`countWithheldDays`), written as `withheldDays`. */
  withheld?: WithheldDays;
}

/**
 * Turn one grid row's monthly sums into its figures: means per observed day, years and months.
 * Year and total sums add the months in calendar order, so they do not depend on threads.
 *
 * @example
 * summarizeRow(stats, months, calendar, { name: 'Hallingdal', row: 6, deductions, hasGuestNights: true, filledDays: 0, groups }).guestNightsPerDay;
 */
export function summarizeRow(stats: Float64Array, months: CalendarMonths, calendar: Calendar, context: RowContext): Figures {
  const monthCount = months.labels.length;
  const sumOf = (month: number, field: number) => stats[(context.row * monthCount + month) * STAT_FIELDS + field]!;
  const orNull = (value: number) => (context.hasGuestNights && !Number.isNaN(value) ? value : null);
  const meanOrNull = (sum: number, days: number) => (days > 0 ? sum / days : null);
  // The days of group `index` the row's figures leave out as withheld, where disclosure control is on.
  const { withheld, row } = context;
  const withheldOf = (counts: keyof WithheldDays, index: number, groupCount: number) =>
    withheld === undefined ? {} : { withheldDays: withheld[counts][row * groupCount + index]! };

  const monthFigures: MonthFigures[] = [];
  const totals = { days: 0, devices: 0, persons: 0, guestNights: 0, negativeDays: 0 };
  const byYear = new Map<number, { days: number; guestNights: number }>();
  for (let month = 0; month < monthCount; month++) {
    const days = sumOf(month, STAT_DAYS);
    const guestNights = sumOf(month, STAT_GUEST_NIGHTS);
    totals.days += days;
    totals.devices += sumOf(month, STAT_DEVICES);
    totals.persons += sumOf(month, STAT_PERSONS);
    totals.guestNights += guestNights;
    totals.negativeDays += sumOf(month, STAT_NEGATIVE_DAYS);
    const year = months.yearOfMonth[month]!;
    const yearSums = byYear.get(year) ?? { days: 0, guestNights: 0 };
    yearSums.days += days;
    yearSums.guestNights += guestNights;
    byYear.set(year, yearSums);
    monthFigures.push({
      month: months.labels[month]!,
      days,
      personsPerDay: meanOrNull(sumOf(month, STAT_PERSONS), days),
      guestNights: days > 0 ? orNull(guestNights) : null,
      ...withheldOf('months', month, monthCount),
    });
  }

  const years: YearFigures[] = months.years.map(({ year, daysInYear }, index) => {
    const { days, guestNights } = byYear.get(year)!;
    const mean = meanOrNull(guestNights, days);
    return {
      year,
      days,
      daysInYear,
      guestNights: days > 0 ? orNull(guestNights) : null,
      guestNightsExtrapolated: mean === null ? null : orNull(mean * daysInYear),
      ...withheldOf('years', index, months.years.length),
    };
  });
  const devicesPerDay = meanOrNull(totals.devices, totals.days);
  const personsPerDay = meanOrNull(totals.persons, totals.days);
  const guestNightsPerDay = totals.days > 0 ? orNull(totals.guestNights / totals.days) : null;
  return {
    name: context.name,
    days: totals.days,
    missingDays: months.monthStart[monthCount]! - totals.days,
    filledDays: context.filledDays,
    devicesPerDay,
    upliftPerDay: personsPerDay === null || devicesPerDay === null ? null : personsPerDay - devicesPerDay,
    personsPerDay,
    deductionsPerDay: Object.fromEntries(context.deductions.map(([name, value]) => [name, Number.isNaN(value) ? null : value])),
    guestNightsPerDay,
    guestNightsPerYear: guestNightsPerDay === null ? null : guestNightsPerDay * 365,
    negativeDays: context.hasGuestNights ? totals.negativeDays : null,
    years,
    months: monthFigures,
    seasons: groupFigures(context, 0, calendar.seasonNames, (index) => withheldOf('seasons', index, calendar.seasonNames.length)),
    dayTypes: groupFigures(context, calendar.seasonNames.length, DAY_TYPES, (index) => withheldOf('dayTypes', index, DAY_TYPES.length)),
    ...withheldOf('span', 0, 1),
  };
}

/** Days, means and guest-night sums per season or day type, the groups from `first` on in the row's sums. */
function groupFigures(context: RowContext, first: number, names: readonly string[], withheldOf: (index: number) => { withheldDays?: number }): GroupFigures[] {
  return names.map((name, index) => {
    const at = (first + index) * GROUP_FIELDS;
    const days = context.groups[at + GROUP_DAYS]!;
    const guests = context.hasGuestNights && days > 0 ? context.groups[at + GROUP_GUEST_NIGHTS]! : null;
    return {
      name,
      days,
      personsPerDay: days > 0 ? context.groups[at + GROUP_PERSONS]! / days : null,
      guestNightsPerDay: guests === null ? null : guests / days,
      guestNights: guests,
      ...withheldOf(index),
    };
  });
}
