import { showValue } from '../errors.js';
import type { CalendarOptions, Season } from './calendar-options.js';
import { formatMonthDay, parseMonthDay } from './month-day.js';
import { seasonTable, type RangeAt } from './season-table.js';

/** A problem in calendar options: its JSON path, and what is wrong there. */
export interface CalendarProblem {
  path: string;
  problem: string;
}

/**
 * What the calendar schema's types cannot say: every `from` and `to` is a real `MM-DD`, no day
 * is in two ranges, no season name is given twice, and `seasons` and `default` come together.
 * Parts of the wrong type are skipped: the schema reports those. Printed as `path: problem`,
 * as the model's other messages without a wording of their own are.
 *
 * @example
 * calendarProblems({ seasons: [{ name: 'low', ranges: [{ from: '02-30', to: '03-10' }] }], default: 'high' });
 * // [{ path: 'calendar.seasons[0].ranges[0].from', problem: 'must be a day of the year as MM-DD, got "02-30"' }]
 */
export function calendarProblems(options: CalendarOptions | undefined, path = 'calendar'): CalendarProblem[] {
  if (typeof options !== 'object' || options === null) return [];
  const { seasons } = options;
  const problems: CalendarProblem[] = [];
  const report = (at: string, problem: string) => problems.push({ path: at, problem });
  if (seasons !== undefined && options.default === undefined)
    report(`${path}.default`, 'is required with seasons: it names the season of the days no range covers');
  if (seasons === undefined && options.default !== undefined) report(`${path}.seasons`, 'is required with default');
  if (!Array.isArray(seasons)) return problems;

  const rangePath = ({ season, range }: RangeAt) => `${path}.seasons[${season}].ranges[${range}]`;
  const firstWithName = new Map<string, number>();
  let datesRead = true;
  for (const [season, entry] of seasons.entries()) {
    const { name, ranges } = (entry ?? {}) as Partial<Season>;
    if (typeof name === 'string') {
      const first = firstWithName.get(name);
      if (first === undefined) firstWithName.set(name, season);
      else report(`${path}.seasons[${season}].name`, `"${name}" is already the name of ${path}.seasons[${first}]`);
    }
    if (!Array.isArray(ranges)) {
      datesRead = false;
      continue;
    }
    for (const [range, dates] of ranges.entries()) {
      for (const end of ['from', 'to'] as const) {
        const text: unknown = dates?.[end];
        if (typeof text === 'string' && parseMonthDay(text) !== undefined) continue;
        datesRead = false;
        if (typeof text === 'string')
          report(`${rangePath({ season, range })}.${end}`, `must be a day of the year as MM-DD, got ${showValue(JSON.stringify(text))}`);
      }
    }
  }
  // Overlaps only once every date reads: a range left out for a bad date could hide one.
  if (!datesRead) return problems;
  const dates = (at: RangeAt) => {
    const { from, to } = seasons[at.season]!.ranges[at.range]!;
    return `${from} to ${to}`;
  };
  for (const { first, second, monthDay } of seasonTable(seasons, options.default ?? '').overlaps) {
    report(rangePath(second), `${dates(second)} overlaps ${rangePath(first)} (${dates(first)}) on ${formatMonthDay(monthDay)}; ranges may not overlap`);
  }
  return problems;
}
