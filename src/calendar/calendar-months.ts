import { yearMonthOfDay } from '../clock/day-number.js';

/** The calendar months a span of days touches, and which month each day falls in. */
export interface CalendarMonths {
  /** Day offset at which each month starts, then the span's length (labels.length + 1 entries). */
  monthStart: Int32Array;
  /** Labels `YYYY-MM`, one per bucket. */
  labels: string[];
  /** Calendar year of each bucket. */
  yearOfMonth: number[];
  /** The calendar years touched, ascending, with their length in days (366 in leap years). */
  years: Array<{ year: number; daysInYear: number }>;
}

/**
 * Split a span of days into calendar months. Runs once per day of the span, outside the hot
 * loop, which then walks each month's range of days.
 *
 * @example
 * const months = calendarMonths(19753, 40); // 2024-01-31 and the 39 days after it
 * months.labels;     // ['2024-01', '2024-02', '2024-03']
 * months.monthStart; // [0, 1, 30, 40]
 */
export function calendarMonths(firstDay: number, dayCount: number): CalendarMonths {
  const starts: number[] = [];
  const labels: string[] = [];
  const yearOfMonth: number[] = [];
  let previous = '';
  for (let offset = 0; offset < dayCount; offset++) {
    const { year, month } = yearMonthOfDay(firstDay + offset);
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label !== previous) {
      labels.push(label);
      yearOfMonth.push(year);
      starts.push(offset);
      previous = label;
    }
  }
  const years = [...new Set(yearOfMonth)].map((year) => ({ year, daysInYear: isLeapYear(year) ? 366 : 365 }));
  return { monthStart: Int32Array.from([...starts, dayCount]), labels, yearOfMonth, years };
}

/**
 * The Gregorian rule, written out: date-fns' getDaysInYear cost ~33 ms of CLI start-up to
 * import (measured), for one line of arithmetic.
 */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
