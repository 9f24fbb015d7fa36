import { DAY_TYPES, type DayType } from '../calendar/calendar.js';
import type { CalendarOptions } from '../calendar/calendar-options.js';
import { calendarMonths } from '../calendar/calendar-months.js';
import { formatDay } from '../clock/day-number.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import { peaksByGroup, type GroupPeak } from './peaks-by-group.js';
import { busiestDays } from './busiest-days.js';
import type { DisclosureSummary } from '../summary/summary.js';

/** The percentiles reported: the median and the high ones planners size for. */
export const PEAK_PERCENTILES = [0.5, 0.9, 0.95, 0.99] as const;
const PERCENTILE_PROBABILITIES = Float64Array.from(PEAK_PERCENTILES);

/** A day and the persons present on it. */
export interface DayValue {
  date: string;
  persons: number;
}

/** An hour and the persons present in it: Norwegian local date and clock hour, with the UTC offset that tells a repeated 02:00 apart. */
export interface HourValue {
  date: string;
  /** `HH:00`, local. */
  hour: string;
  /** `+01:00` (winter) or `+02:00` (summer time). */
  utcOffset: string;
  /** ISO 8601 with the offset: `2024-03-31T14:00+02:00`. */
  time: string;
  persons: number;
}

/** Presence for the region or one area: everyone present, residents and visitors alike. */
export interface PeakFigures {
  name: string;
  days: number;
  /** The busiest day; the earliest of equals. Null without observations. */
  peak: DayValue | null;
  /** The `top` busiest days, busiest first, earlier first among equals. */
  top: DayValue[];
  /** p50, p90, p95, p99 of persons per day. */
  percentiles: Record<string, number | null>;
  /** Peak persons ÷ the residents deducted on the peak day, where the model gives residents for this row. */
  peakToResidents: number | null;
  /** Days above the capacity given for this row, with their count; null without a capacity. */
  capacity: { value: number; daysAbove: number; dates: string[] } | null;
  /** Maximum and p95 per calendar month (`YYYY-MM`), season and day type (`DAY_TYPES`). */
  months: Array<{ month: string } & GroupPeak>;
  seasons: Array<{ season: string } & GroupPeak>;
  dayTypes: Array<{ dayType: DayType } & GroupPeak>;
  /** Hourly counts only: the busiest hour of the span (persons then); null without a complete day. */
  peakHour?: HourValue | null;
  /** With disclosure control: the days left out because their counts are withheld (`Figures.withheldDays`). */
  withheldDays?: number;
}

/** Presence for the region and every area, as `teleguest peak` prints it. */
export interface PeakSummary {
  model: string;
  from: string;
  to: string;
  /** The calendar the seasons and day types come from: the model's, defaults filled in. */
  calendar: Required<CalendarOptions>;
  region: PeakFigures;
  areas: Record<string, PeakFigures>;
  /** Areas the capacities list that the counts do not have (a typing error, or another selection); absent when none. */
  capacityAreasNotCounted?: string[];
  /** Disclosure control as the estimate applied it; absent when it is off. */
  disclosure?: DisclosureSummary;
}

/** Capacities to compare presence with: one for the region, and per area. */
export interface Capacities {
  region?: number;
  byArea?: Record<string, number>;
}

/**
 * How many people are present on the busiest days, from an estimate's daily persons
 * (devices × (1 + uplift); no deduction: planners need everyone who is there). The region
 * counts complete days only, as in the estimate. Residents come from the model's `residents`
 * deduction where there is one. Seasons and day types come from the model's `calendar`, or
 * `DEFAULT_CALENDAR`.
 *
 * @example
 * const result = await estimate(counts, model, { daily: true });
 * peakPresence(result, { top: 10 }).region.peak; // { date: '2024-03-31', persons: 68569.34 }
 */
export function peakPresence(result: Estimate & { daily: DailyColumns }, options: { top?: number; capacities?: Capacities } = {}): PeakSummary {
  const { grid, daily, deductions, summary, calendar } = result;
  const { dayCount, firstDay, areaCodes } = grid;
  const top = options.top ?? 10;
  const residents = deductions.names.includes('residents') ? deductions.valuesOf('residents') : undefined;
  const months = calendarMonths(firstDay, dayCount);
  const monthOfDay = new Int32Array(dayCount);
  months.labels.forEach((_, month) => monthOfDay.fill(month, months.monthStart[month]!, months.monthStart[month + 1]!));
  const figuresOf = (row: number, name: string, capacity: number | undefined, withheldDays: number | undefined): PeakFigures => {
    const first = row * dayCount;
    const persons = daily.persons.subarray(first, first + dayCount);
    const at = (day: number): DayValue => ({ date: formatDay(firstDay + day), persons: persons[day]! });
    // The peak is the busiest of the top days, so at least one is ranked.
    const busiest = busiestDays(persons, Math.max(top, 1), PERCENTILE_PROBABILITIES);
    const percentiles = Object.fromEntries(PEAK_PERCENTILES.map((p, index) => [`p${p * 100}`, busiest.observed > 0 ? busiest.percentiles[index]! : null]));
    const peakDay = busiest.top[0];
    const peak = peakDay === undefined ? null : at(peakDay);
    const above: number[] = [];
    if (capacity !== undefined) for (let day = 0; day < dayCount; day++) if (persons[day]! > capacity) above.push(day);
    return {
      name,
      days: busiest.observed,
      peak,
      top: busiest.top.slice(0, top).map(at),
      percentiles,
      peakToResidents: peakToResidents(peak, peakDay === undefined ? undefined : residents?.[first + peakDay]),
      capacity: capacity === undefined ? null : { value: capacity, daysAbove: above.length, dates: above.map((day) => formatDay(firstDay + day)) },
      months: peaksByGroup(persons, monthOfDay, months.labels.length).map((peak, month) => ({ month: months.labels[month]!, ...peak })),
      seasons: peaksByGroup(persons, calendar.season, calendar.seasonNames.length).map((peak, season) => ({ season: calendar.seasonNames[season]!, ...peak })),
      dayTypes: peaksByGroup(persons, calendar.dayType, DAY_TYPES.length).map((peak, type) => ({ dayType: DAY_TYPES[type]!, ...peak })),
      ...(withheldDays !== undefined && { withheldDays }),
    };
  };
  const { capacities = {} } = options;
  const counted = new Set(areaCodes);
  const notCounted = Object.keys(capacities.byArea ?? {}).filter((code) => !counted.has(code));
  return {
    ...(notCounted.length > 0 && { capacityAreasNotCounted: notCounted }),
    model: summary.model.name,
    from: summary.from,
    to: summary.to,
    calendar: calendar.options,
    ...(summary.disclosure !== undefined && { disclosure: summary.disclosure }),
    region: figuresOf(areaCodes.length, summary.model.name, capacities.region, summary.region.withheldDays),
    areas: Object.fromEntries(
      areaCodes.map((code, row) => [code, figuresOf(row, grid.areaNames[row] ?? '', capacities.byArea?.[code], summary.areas[code]!.withheldDays)]),
    ),
  };
}

/** Peak persons ÷ the residents deducted on the peak day, where there are residents for the row. */
function peakToResidents(peak: DayValue | null, residents: number | undefined): number | null {
  return peak !== null && residents !== undefined && residents > 0 ? peak.persons / residents : null;
}
