import type { CalendarOptions } from '../calendar/calendar-options.js';
import type { FillMethod } from '../fill-gaps.js';

/**
 * How a deduction varies over the calendar. The deduction on a day is its base value × the
 * weekday factor × the month factor × the factor of every period containing the day.
 */
export interface DayProfile {
  /** Seven factors, Monday first: external workers come on weekdays, day-trippers at weekends. */
  weekday?: number[];
  /** Twelve factors, January first: residents away at Christmas, workers on holiday in July. */
  month?: number[];
  /** Dated adjustments (Easter, a festival, a road closure); `from` and `to` inclusive, `YYYY-MM-DD`. */
  periods?: Period[];
}

/** A dated adjustment of a deduction. Overlapping periods multiply. */
export interface Period {
  from: string;
  to: string;
  factor: number;
}

/** One number for the whole selection of areas, written as an object so it can carry a profile. */
export interface ValueDeduction extends DayProfile {
  value: number;
}

/** One number per area, which must list every area in the counts; the region gets their sum. */
export interface ByAreaDeduction extends DayProfile {
  byArea: Record<string, number>;
}

/**
 * Residents per area and year from an SSB population table (07459, JSON-stat 2.0), used as a
 * `byArea` deduction that changes on 1 January. The path is relative to the model file.
 */
export interface PopulationDeduction extends DayProfile {
  population: string;
}

/**
 * One value per day from a CSV file (`date,area,value`, or `date,value` for the whole
 * selection), relative to the model file's folder. Every day of the counts must be there.
 */
export interface FileDeduction {
  file: string;
}

/**
 * The uplifted count of one segment of the counts file (its `segment` column), such as `home`:
 * the residents actually present that day, as operators' home-zone data measure them.
 */
export interface SegmentDeduction {
  segment: string;
}

/** A deduction in persons per day, in one of the forms above; a plain number is region-wide. */
export type Deduction = number | ValueDeduction | ByAreaDeduction | PopulationDeduction | FileDeduction | SegmentDeduction;

/** The uplift: one share for all devices, or a share per segment (roaming SIMs need none, say). */
export type Uplift = number | { default: number; bySegment: Record<string, number> };

/**
 * The estimation model, as in the Hallingdal plan (seed 001, lines 148–190):
 * persons = devices × (1 + uplift); guest-nights = persons − Σ deductions.
 */
export interface Model {
  name: string;
  /** Share added for people without a phone and SIM-card deviations (the seed's 6 % is 0.06). */
  uplift: Uplift;
  /** Named deductions, in the order given; the standard four are residents, externalWorkers, throughTraffic and dayTrippers. */
  deductions: Record<string, Deduction>;
  /** Missing days: left missing (default), or filled and marked; see `fillGaps`. */
  fill?: FillMethod;
  /**
   * A file of municipality code changes (`from_code,to_code,valid_from[,to_name]`, relative to
   * the model file) used instead of the built-in table (Hallingdal's 2020 and 2024 changes).
   */
  codeHistory?: string;
  /** Seasons and winter-break weeks for breakdowns by season and day type; `DEFAULT_CALENDAR` where absent. */
  calendar?: CalendarOptions;
}

/** The uplift of a segment (or of all devices when the counts have no segments). */
export function upliftOf(uplift: Uplift, segment?: string): number {
  if (typeof uplift === 'number') return uplift;
  return segment !== undefined && Object.hasOwn(uplift.bySegment, segment) ? uplift.bySegment[segment]! : uplift.default;
}

/**
 * The uplift as percentages for labels, formatted by `percent`: `6`, or `6, foreign 0` when
 * segments have their own.
 *
 * @example
 * upliftPercent({ default: 0.06, bySegment: { foreign: 0 } }, formatPercent); // '6, foreign 0'
 */
export function upliftPercent(uplift: Uplift, percent: (share: number) => string): string {
  if (typeof uplift === 'number') return percent(uplift);
  return [percent(uplift.default), ...Object.entries(uplift.bySegment).map(([segment, share]) => `${segment} ${percent(share)}`)].join(', ');
}
