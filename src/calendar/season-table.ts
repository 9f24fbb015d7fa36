import type { Season } from './calendar-options.js';
import { MONTH_DAYS, parseMonthDay } from './month-day.js';

/** A range's place in a list of seasons: `seasons[season].ranges[range]`. */
export interface RangeAt {
  season: number;
  range: number;
}

/** Two ranges that share a day: `second` claims `monthDay`, which `first` already had. */
export interface Overlap {
  first: RangeAt;
  second: RangeAt;
  monthDay: number;
}

/** The season of every day of the year, indexed by month-day (see `parseMonthDay`). */
export interface SeasonTable {
  /** The seasons' names in the order given, then the default's unless a season has its name. */
  names: string[];
  /** Index into `names` for each of the 366 month-days. */
  seasonOfMonthDay: Uint8Array;
  /** Month-days claimed by more than one range, one entry per pair of ranges. */
  overlaps: Overlap[];
}

/**
 * Lay out seasons over the days of the year. A range runs from `from` to `to`, both included;
 * one whose `to` comes before its `from` (`12-01` to `02-28`) runs over the new year. The
 * month-day of 29 February lies between 28 February and 1 March, so a range that ends on
 * `02-28` leaves it out. Days that no range covers fall in the default season. Ranges with an
 * invalid `MM-DD` are skipped: the caller reports them (`calendarProblems`).
 *
 * @example
 * const table = seasonTable([{ name: 'low', ranges: [{ from: '04-15', to: '06-15' }] }], 'high');
 * table.names;                                         // ['low', 'high']
 * table.seasonOfMonthDay[parseMonthDay('04-15')!];     // 0
 */
export function seasonTable(seasons: readonly Season[], defaultSeason: string): SeasonTable {
  const names = seasons.map((season) => season.name);
  let defaultIndex = names.indexOf(defaultSeason);
  if (defaultIndex === -1) defaultIndex = names.push(defaultSeason) - 1;
  const seasonOfMonthDay = new Uint8Array(MONTH_DAYS).fill(defaultIndex);
  const owner: Array<RangeAt | undefined> = new Array(MONTH_DAYS);
  const overlaps: Overlap[] = [];
  seasons.forEach(({ ranges }, season) =>
    ranges.forEach(({ from, to }, range) => {
      const [first, last] = [parseMonthDay(from), parseMonthDay(to)];
      if (first === undefined || last === undefined) return;
      const at = { season, range };
      const length = ((last - first + MONTH_DAYS) % MONTH_DAYS) + 1;
      const reported = new Set<RangeAt>();
      for (let step = 0; step < length; step++) {
        const monthDay = (first + step) % MONTH_DAYS;
        const before = owner[monthDay];
        if (before !== undefined && !reported.has(before)) {
          reported.add(before);
          overlaps.push({ first: before, second: at, monthDay });
        }
        owner[monthDay] = at;
        seasonOfMonthDay[monthDay] = season;
      }
    }),
  );
  return { names, seasonOfMonthDay, overlaps };
}
