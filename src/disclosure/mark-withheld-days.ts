import type { Calendar } from '../calendar/calendar.js';
import type { CalendarMonths } from '../calendar/calendar-months.js';
import type { DisclosureSummary, Figures } from '../summary/summary.js';
import type { GridSuppression } from './suppress-grid.js';
import { countSuppressedDays, summaryGroupings } from './suppress-aggregates.js';

/** What `markWithheldDays` reads besides the summary: the grid's layout and its cells' status. */
export interface WithheldLayout {
  /** The grid's area codes in row order; the region is the row after. */
  areaCodes: readonly string[];
  dayCount: number;
  months: CalendarMonths;
  calendar: Pick<Calendar, 'season' | 'seasonNames' | 'dayType'>;
  suppression: GridSuppression;
}

/**
 * Say in a summary's figures what disclosure control withheld, in place: on the region and
 * every area, `withheldDays` for the span and each year, month, season and day type, the days
 * its figures leave out because their counts are withheld (they are among its missing days). A
 * figure with `days` 0 and `withheldDays` above 0 is null because it is withheld, not for want
 * of data. Returns what the summary says as a whole (`summary.disclosure`): the threshold, and
 * the area-days and region days withheld.
 *
 * @example
 * summary.disclosure = markWithheldDays(summary.region, summary.areas, { areaCodes: grid.areaCodes, dayCount: grid.dayCount, months, calendar, suppression });
 * summary.areas['3302'].months[0].withheldDays; // 1
 */
export function markWithheldDays(region: Figures, areas: Record<string, Figures>, layout: WithheldLayout): DisclosureSummary {
  const { areaCodes, dayCount, months, calendar, suppression } = layout;
  const [byMonth, byYear, bySeason, byDayType, bySpan] = countSuppressedDays(suppression.status, dayCount, summaryGroupings(months, calendar, dayCount)) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const mark = (figures: Figures, row: number) => {
    figures.withheldDays = bySpan[row]!;
    const groups = <T extends { withheldDays?: number }>(list: T[], counts: Uint32Array) =>
      list.forEach((entry, index) => (entry.withheldDays = counts[row * list.length + index]!));
    groups(figures.years, byYear);
    groups(figures.months, byMonth);
    groups(figures.seasons, bySeason);
    groups(figures.dayTypes, byDayType);
  };
  areaCodes.forEach((code, row) => mark(areas[code]!, row));
  mark(region, areaCodes.length);
  return { minCount: suppression.threshold, primary: suppression.primaryCells, secondary: suppression.secondaryCells };
}

/**
 * Whether a figure's nulls are withheld rather than missing: no day of it is left, and some were
 * withheld. Tables print `WITHHELD_MARK` for its figures.
 *
 * @example
 * isWithheld({ days: 0, withheldDays: 29 }); // true
 * isWithheld({ days: 0, withheldDays: 0 }); // false: no count at all
 */
export function isWithheld(figure: { days: number; withheldDays?: number }): boolean {
  return figure.days === 0 && (figure.withheldDays ?? 0) > 0;
}

/**
 * Whether disclosure control withheld anything in a run: tables for people then add a line of
 * days withheld and a legend; a run that withheld nothing prints as without it.
 *
 * @example
 * hasWithheld({ disclosure: { minCount: 16, primary: 0, secondary: 0 } }); // false
 */
export function hasWithheld(summary: { disclosure?: DisclosureSummary }): boolean {
  return (summary.disclosure?.primary ?? 0) > 0;
}
