import { yearMonthOfDay } from '../clock/day-number.js';
import { ModelError } from '../errors.js';
import { calendarProblems } from './calendar-problems.js';
import { DEFAULT_CALENDAR, type CalendarOptions } from './calendar-options.js';
import { isoWeek, isoWeekday } from './iso-week.js';
import { monthDayOfDay } from './month-day.js';
import { norwegianHolidays, type Holiday } from './norwegian-holidays.js';
import { seasonTable } from './season-table.js';

/**
 * The kinds of day, in order of precedence: a day is of the first kind that applies. A holiday
 * on a Saturday is a holiday; a Saturday in the winter break is a weekend day; `winterBreak`
 * holds the break's remaining weekdays.
 *
 * @example
 * DAY_TYPES[calendar.dayType[0]!]; // 'holiday' for a calendar starting on 1 January
 */
export const DAY_TYPES = ['holiday', 'weekend', 'winterBreak', 'weekday'] as const;

/** One of `DAY_TYPES`. */
export type DayType = (typeof DAY_TYPES)[number];

/**
 * Every day of a span classed by season and day type, as one byte per day for lookups in
 * loops: `seasonNames[season[offset]]` is the season of day `firstDay + offset`.
 */
export interface Calendar {
  firstDay: number;
  dayCount: number;
  /** The options used, defaults filled in. */
  options: Required<CalendarOptions>;
  seasonNames: string[];
  /** Index into `seasonNames` per day of the span. */
  season: Uint8Array;
  /** Index into `DAY_TYPES` per day of the span. */
  dayType: Uint8Array;
  /** The public holidays within the span, in date order. */
  holidays: Holiday[];
}

// Positions in DAY_TYPES.
const [HOLIDAY, WEEKEND, WINTER_BREAK, WEEKDAY] = [0, 1, 2, 3];

/**
 * Class each day of a span once, outside any hot loop: its season (from the options' recurring
 * date ranges, else the default season) and its day type (`DAY_TYPES`, with Norway's public
 * holidays and the winter-break ISO weeks). Options left out take `DEFAULT_CALENDAR`'s (seasons
 * and default together). Invalid options throw a `ModelError` naming each problem.
 *
 * @example
 * const calendar = buildCalendar(parseDay('2024-03-28')!, 4);
 * [...calendar.dayType].map((type) => DAY_TYPES[type]); // ['holiday', 'holiday', 'weekend', 'holiday']
 * calendar.seasonNames[calendar.season[0]!]; // 'high'
 */
export function buildCalendar(firstDay: number, dayCount: number, options: CalendarOptions = {}): Calendar {
  const problems = calendarProblems(options);
  if (problems.length > 0)
    throw new ModelError(
      'model',
      problems.map(({ path, problem }) => ({ path, message: `${path}: ${problem}` })),
    );
  const resolved: Required<CalendarOptions> = {
    seasons: options.seasons ?? DEFAULT_CALENDAR.seasons,
    default: options.default ?? DEFAULT_CALENDAR.default,
    winterBreakWeeks: options.winterBreakWeeks ?? DEFAULT_CALENDAR.winterBreakWeeks,
  };
  const { names, seasonOfMonthDay } = seasonTable(resolved.seasons, resolved.default);
  const breakWeeks = new Set(resolved.winterBreakWeeks);
  const season = new Uint8Array(dayCount);
  const dayType = new Uint8Array(dayCount);
  for (let offset = 0; offset < dayCount; offset++) {
    const day = firstDay + offset;
    season[offset] = seasonOfMonthDay[monthDayOfDay(day)]!;
    dayType[offset] = isoWeekday(day) >= 6 ? WEEKEND : breakWeeks.has(isoWeek(day)) ? WINTER_BREAK : WEEKDAY;
  }
  const holidays: Holiday[] = [];
  const lastDay = firstDay + dayCount - 1;
  for (let year = yearMonthOfDay(firstDay).year; year <= yearMonthOfDay(lastDay).year; year++) {
    for (const holiday of norwegianHolidays(year)) {
      if (holiday.day < firstDay || holiday.day > lastDay) continue;
      holidays.push(holiday);
      dayType[holiday.day - firstDay] = HOLIDAY;
    }
  }
  return { firstDay, dayCount, options: resolved, seasonNames: names, season, dayType, holidays };
}

/**
 * The calendar's day classes as the model kernel takes them (`ModelNumbers`): each day's season ×
 * the number of day types + its day type, and how many seasons and day types there are.
 *
 * @example
 * dayGroups(buildCalendar(parseDay('2024-03-28')!, 4)).dayGroup; // [4, 4, 5, 4]: high season (1) × 4 + holiday (0), holiday, weekend (1), holiday
 */
export function dayGroups(calendar: Calendar): { dayGroup: Uint16Array; seasonCount: number; dayTypeCount: number } {
  const dayGroup = new Uint16Array(calendar.dayCount);
  for (let offset = 0; offset < calendar.dayCount; offset++) dayGroup[offset] = calendar.season[offset]! * DAY_TYPES.length + calendar.dayType[offset]!;
  return { dayGroup, seasonCount: calendar.seasonNames.length, dayTypeCount: DAY_TYPES.length };
}
