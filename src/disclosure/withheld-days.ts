import type { Calendar } from '../calendar/calendar.js';
import type { CalendarMonths } from '../calendar/calendar-months.js';
import type { DisclosureSummary } from '../summary/summary.js';
import { countSuppressedDays, summaryGroupings } from './suppress-aggregates.js';

/**
 * The days each figure of a summary leaves out because their counts are withheld: per grid row
 * (areas, then the region) and group, laid out as `countSuppressedDays` gives them.
 */
export interface WithheldDays {
  months: Uint32Array;
  years: Uint32Array;
  seasons: Uint32Array;
  dayTypes: Uint32Array;
  span: Uint32Array;
}

/**
 * Count the withheld days of every row's span, years, months, seasons and day types from the
 * grid's status (`withheldStatus`): what `summarizeRow` writes as `withheldDays`.
 *
 * @example
 * const withheld = countWithheldDays(disclosure.status, { dayCount, months, calendar });
 * withheld.months[row * months.labels.length + 1]; // the row's withheld days in its second month
 */
export function countWithheldDays(
  status: Uint8Array,
  layout: { dayCount: number; months: CalendarMonths; calendar: Pick<Calendar, 'season' | 'seasonNames' | 'dayType'> },
): WithheldDays {
  const { dayCount, months, calendar } = layout;
  const [byMonth, byYear, bySeason, byDayType, bySpan] = countSuppressedDays(status, dayCount, summaryGroupings(months, calendar, dayCount)) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  return { months: byMonth, years: byYear, seasons: bySeason, dayTypes: byDayType, span: bySpan };
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
