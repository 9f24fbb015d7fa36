import { yearMonthOfDay, dayOfDate, weekdayOfDay } from '../clock/day-number.js';
import { easterSunday } from '../calendar/easter-sunday.js';

/** Holiday periods, as stored in `DayCalendar.period`. */
export const PERIOD_NONE = 0;
/** Winter school holiday: ISO weeks 8 and 9 (eastern Norway takes week 8, the west week 9) and the weekend before. */
export const PERIOD_WINTER_HOLIDAY = 1;
/** Easter: the Saturday before Palm Sunday to Easter Monday. */
export const PERIOD_EASTER = 2;
/** School summer holiday: 20 June to 15 August. */
export const PERIOD_SUMMER = 3;
/** Autumn school holiday: ISO week 40 and the weekend before. */
export const PERIOD_AUTUMN_HOLIDAY = 4;
/** Christmas and New Year: 21 December to 1 January. */
export const PERIOD_CHRISTMAS = 5;

/** What the simulator needs to know about each day of a span; all arrays are indexed by day − `firstDay`. */
export interface DayCalendar {
  firstDay: number;
  dayCount: number;
  /** Monday 0 … Sunday 6. */
  weekday: Uint8Array;
  /** 0 (January) … 11 (December). */
  month: Uint8Array;
  year: Int32Array;
  /** One of the `PERIOD_*` values. */
  period: Uint8Array;
  /** 1 on Norwegian public holidays (helligdager, 1 and 17 May). */
  publicHoliday: Uint8Array;
  /** 1 on a day off: Saturday, Sunday or a public holiday. */
  dayOff: Uint8Array;
  /** 1 on an evening before a day off (Friday, Saturday, the eve of a public holiday): a weekend night. */
  weekendNight: Uint8Array;
  /** 1 on a working day: not a day off, and not in the Christmas or Easter period. */
  workday: Uint8Array;
}

/**
 * Build the calendar of `dayCount` days from `firstDay`: weekdays, months, Norwegian public
 * holidays and school holiday periods, with Easter computed for each year.
 *
 * @example
 * const calendar = buildDayCalendar(dayOfDate(2024, 3, 28), 5);
 * [...calendar.publicHoliday]; // [1, 1, 0, 1, 1]: Maundy Thursday, Good Friday, Easter Sunday and Monday
 */
export function buildDayCalendar(firstDay: number, dayCount: number): DayCalendar {
  const weekday = new Uint8Array(dayCount);
  const month = new Uint8Array(dayCount);
  const year = new Int32Array(dayCount);
  const period = new Uint8Array(dayCount);
  const publicHoliday = new Uint8Array(dayCount);
  const dayOff = new Uint8Array(dayCount);
  const weekendNight = new Uint8Array(dayCount);
  const workday = new Uint8Array(dayCount);
  const holidaysOfYear = new Map<number, Set<number>>();
  const periodsOfYear = new Map<number, Map<number, number>>();
  // One day past the span, so that the last day's evening knows whether tomorrow is a day off.
  const offAfter = new Uint8Array(dayCount + 1);
  for (let index = 0; index <= dayCount; index++) {
    const day = firstDay + index;
    const civil = yearMonthOfDay(day);
    if (!holidaysOfYear.has(civil.year)) {
      holidaysOfYear.set(civil.year, publicHolidays(civil.year));
      periodsOfYear.set(civil.year, holidayPeriods(civil.year));
    }
    const isHoliday = holidaysOfYear.get(civil.year)!.has(day);
    const off = weekdayOfDay(day) >= 5 || isHoliday;
    offAfter[index] = off ? 1 : 0;
    if (index === dayCount) break;
    weekday[index] = weekdayOfDay(day);
    month[index] = civil.month - 1;
    year[index] = civil.year;
    period[index] = periodsOfYear.get(civil.year)!.get(day) ?? PERIOD_NONE;
    publicHoliday[index] = isHoliday ? 1 : 0;
    dayOff[index] = off ? 1 : 0;
  }
  for (let index = 0; index < dayCount; index++) {
    weekendNight[index] = offAfter[index + 1]!;
    workday[index] = dayOff[index] === 0 && period[index] !== PERIOD_CHRISTMAS && period[index] !== PERIOD_EASTER ? 1 : 0;
  }
  return { firstDay, dayCount, weekday, month, year, period, publicHoliday, dayOff, weekendNight, workday };
}

/** Norway's public holidays of a year (Lov om helligdager, and 1 and 17 May) as day numbers. */
function publicHolidays(year: number): Set<number> {
  const easter = easterSunday(year);
  // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
  const movable = [-3, -2, 0, 1, 39, 49, 50].map((offset) => easter + offset);
  const fixed = [
    [1, 1],
    [5, 1],
    [5, 17],
    [12, 25],
    [12, 26],
  ].map(([month, day]) => dayOfDate(year, month!, day!));
  return new Set([...movable, ...fixed]);
}

/** The holiday period of each day of a year that has one. */
function holidayPeriods(year: number): Map<number, number> {
  const periods = new Map<number, number>();
  const mark = (from: number, to: number, period: number) => {
    for (let day = from; day <= to; day++) periods.set(day, period);
  };
  // ISO week 1 is the week holding 4 January; its Monday starts the ISO year's weeks.
  const january4 = dayOfDate(year, 1, 4);
  const week1 = january4 - weekdayOfDay(january4);
  mark(dayOfDate(year, 1, 1), dayOfDate(year, 1, 1), PERIOD_CHRISTMAS);
  mark(week1 + 7 * 7 - 2, week1 + 9 * 7 - 1, PERIOD_WINTER_HOLIDAY);
  const easter = easterSunday(year);
  mark(easter - 8, easter + 1, PERIOD_EASTER);
  mark(dayOfDate(year, 6, 20), dayOfDate(year, 8, 15), PERIOD_SUMMER);
  mark(week1 + 39 * 7 - 2, week1 + 40 * 7 - 1, PERIOD_AUTUMN_HOLIDAY);
  mark(dayOfDate(year, 12, 21), dayOfDate(year, 12, 31), PERIOD_CHRISTMAS);
  return periods;
}
