import type { CountsLayout } from '../read/counts-layout.js';
import type { CalendarOptions } from '../calendar/calendar-options.js';
import type { FillMethod } from '../grid/fill-gaps.js';

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
  /**
   * The share of the segment's persons deducted (default 1). Set by the `night-presence-baseline`
   * method, whose segment is the quietest weeknights' presence and whose share is the residents'
   * part of it; model files do not take it.
   */
  share?: number;
}

/** A deduction in persons per day, in one of the forms above; a plain number is region-wide. */
export type Deduction = number | ValueDeduction | ByAreaDeduction | PopulationDeduction | FileDeduction | SegmentDeduction;

/** The uplift: one share for all devices, or a share per segment (roaming SIMs need none, say). */
export type Uplift = number | { default: number; bySegment: Record<string, number> };

/**
 * The estimation model, as in the Hallingdal plan (the Hallingdal plan's table):
 * persons = devices × (1 + uplift); guest-nights = persons − Σ deductions.
 */
export interface Model {
  name: string;
  /** Share added for people without a phone and SIM-card deviations (the plan's 6 % is 0.06). */
  uplift: Uplift;
  /** Named deductions, in the order given; the standard four are residents, externalWorkers, throughTraffic and dayTrippers. */
  deductions: Record<string, Deduction>;
  /** Missing days: left missing (default), or filled and marked; see `fillGaps`. */
  fill?: FillMethod;
  /**
   * Disclosure control: a count below this many devices is withheld, and whatever would give it
   * back (docs/disclosure.md). Default `DEFAULT_THRESHOLD` (16); 0 turns it off. `--min-count` overrides it.
   */
  minCount?: number;
  /**
   * A file of municipality code changes (`from_code,to_code,valid_from[,to_name]`, relative to
   * the model file) used instead of the built-in table (Hallingdal's 2020 and 2024 changes).
   */
  codeHistory?: string;
  /** Seasons and winter-break weeks for breakdowns by season and day type; `DEFAULT_CALENDAR` where absent. */
  calendar?: CalendarOptions;
  /** The operator's file layout, where it is not teleguest's: column names, encoding, suppression markers (the command line's options win). */
  counts?: CountsLayout;
  /**
   * The values that are uncertain, each with its distribution: drawn by `estimate`'s `draws`.
   * The model file writes them in place (`"uplift": { "value": 0.06, "min": 0.04, "max": 0.09 }`);
   * `readModel` moves them here and leaves their values in place.
   */
  ranges?: ParameterRange[];
}

/** How a ranged value is drawn: triangular (its value the mode) or uniform between min and max, or normal truncated at 0. */
export type RangeDistribution = 'triangular' | 'uniform' | 'normal';

/** Where a ranged value sits in the model. */
export type ParameterSite =
  /** The uplift (or the segments' `default`); with `segment`, that segment's own (`bySegment`). */
  | { kind: 'uplift'; segment?: string }
  /** A deduction's base value: its `value`, with `area` that area's `byArea` value, or a segment deduction's `share`. */
  | { kind: 'base'; deduction: string; area?: string }
  /** A weekday (0 = Monday) or month (0 = January) factor, or a period's factor, of a deduction. */
  | { kind: 'weekday' | 'month' | 'period'; deduction: string; index: number };

/**
 * One uncertain value of the model. A draw takes one value per parameter and uses it for every
 * day and area: the assumptions are systematic, not daily noise.
 */
export interface ParameterRange {
  /** Its JSON path in the model file: `uplift`, `deductions.residents`, `deductions.workers.weekday[5]`. */
  name: string;
  site: ParameterSite;
  /** The value the point estimate uses: the mode of a triangular range, the mean of a normal one. */
  value: number;
  dist: RangeDistribution;
  /** Bounds of a triangular or uniform range. */
  min?: number;
  max?: number;
  /** Standard deviation of a normal range (before truncation at 0). */
  sd?: number;
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
