import { DAY_TYPES, type Calendar } from '../calendar/calendar.js';
import type { CalendarMonths } from '../calendar/calendar-months.js';
import { PUBLISHED, SECONDARY, suppressedCells } from './suppression-status.js';

/** A way to group the days of a span: each day's group, `0..groupCount`. */
export interface DayGrouping {
  groupOfDay: ArrayLike<number>;
  groupCount: number;
}

/**
 * The strict alternative to `blankSuppressed`: keep each aggregate over all observed days, and
 * suppress it (`SECONDARY`) where it holds a suppressed cell. For each grouping (the month, the
 * year, `calendar.season`, `calendar.dayType`, or all zeros for the whole span) a mask of one
 * byte per grid row and group: `SECONDARY` or `PUBLISHED`. An aggregate holding a suppressed
 * cell must go even when other cells of it are suppressed too: a second run one day shorter
 * publishes it without that day, and the difference is the day's count. One scan of `status`
 * serves every grouping.
 *
 * @example
 * // one area and the region × 4 days in 2 months; area day 1 small, so region day 1 secondary
 * const status = Uint8Array.of(0, 1, 0, 0,  0, 2, 0, 0);
 * suppressAggregates(status, 4, [{ groupOfDay: Uint8Array.of(0, 0, 1, 1), groupCount: 2 }]); // [[2, 0,  2, 0]]
 */
export function suppressAggregates(status: Uint8Array, dayCount: number, groupings: readonly DayGrouping[]): Uint8Array[] {
  return countSuppressedDays(status, dayCount, groupings).map((counts) => Uint8Array.from(counts, (count) => (count > 0 ? SECONDARY : PUBLISHED)));
}

/**
 * How many suppressed days each aggregate holds: for each grouping, one count per grid row and
 * group, laid out as `suppressAggregates`'s masks. What the blank way tells of each aggregate:
 * the days it leaves out because they are withheld.
 *
 * @example
 * const status = Uint8Array.of(0, 1, 1, 0,  0, 2, 0, 0);
 * countSuppressedDays(status, 4, [{ groupOfDay: Uint8Array.of(0, 0, 1, 1), groupCount: 2 }]); // [[1, 1,  1, 0]]
 */
export function countSuppressedDays(status: Uint8Array, dayCount: number, groupings: readonly DayGrouping[]): Uint32Array[] {
  const rows = status.length / dayCount;
  const counts = groupings.map(({ groupCount }) => new Uint32Array(rows * groupCount));
  for (const cell of suppressedCells(status)) {
    const row = Math.floor(cell / dayCount);
    const day = cell - row * dayCount;
    groupings.forEach(({ groupOfDay, groupCount }, index) => counts[index]![row * groupCount + groupOfDay[day]!]!++);
  }
  return counts;
}

/**
 * The groupings of days a summary's aggregates use, in the order months, years, seasons, day
 * types and the whole span: what `redactSummary` masks and `countWithheldDays` counts.
 *
 * @example
 * const [months, years, seasons, dayTypes, span] = summaryGroupings(calendarMonths(firstDay, dayCount), calendar, dayCount);
 */
export function summaryGroupings(
  months: CalendarMonths,
  calendar: Pick<Calendar, 'season' | 'seasonNames' | 'dayType'>,
  dayCount: number,
): [DayGrouping, DayGrouping, DayGrouping, DayGrouping, DayGrouping] {
  return [
    { groupOfDay: rangeOfPositions(months.monthStart), groupCount: months.labels.length },
    { groupOfDay: yearOfDay(months.monthStart, months.yearOfMonth), groupCount: months.years.length },
    { groupOfDay: calendar.season, groupCount: calendar.seasonNames.length },
    { groupOfDay: calendar.dayType, groupCount: DAY_TYPES.length },
    { groupOfDay: new Uint8Array(dayCount), groupCount: 1 },
  ];
}

/**
 * The index of the range each position falls in, from range starts followed by the length
 * (`calendarMonths(...).monthStart`, `hourGrid.dayStart`): the `groupOfDay` of
 * `suppressAggregates` for months, or for the days that hourly slots make up.
 *
 * @example
 * rangeOfPositions(Int32Array.of(0, 1, 30, 40)); // Uint16Array [0, 1, 1, …, 1, 2, …, 2] (40 days)
 */
export function rangeOfPositions(starts: Int32Array): Uint16Array {
  const length = starts[starts.length - 1]!;
  const ranges = new Uint16Array(length);
  for (let range = 0; range < starts.length - 1; range++) ranges.fill(range, starts[range]!, starts[range + 1]!);
  return ranges;
}

/**
 * Each day's calendar year as an index into `years`, from `calendarMonths(...)`: the
 * `groupOfDay` of `suppressAggregates` for the summary's years.
 *
 * @example
 * const months = calendarMonths(19722, 62); // 2023-12-31 and the 61 days after it
 * yearOfDay(months.monthStart, months.yearOfMonth); // [0, 1, 1, …, 1]
 */
export function yearOfDay(monthStart: Int32Array, yearOfMonth: readonly number[]): Uint16Array {
  const months = rangeOfPositions(monthStart);
  const first = yearOfMonth[0]!;
  const years = new Uint16Array(months.length);
  for (let day = 0; day < months.length; day++) years[day] = yearOfMonth[months[day]!]! - first;
  return years;
}
