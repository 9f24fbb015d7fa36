import type { CalendarOptions } from '../calendar/calendar-options.js';

/**
 * A deduction in persons per day: one number for the whole selection of areas, or one number
 * per area (`byArea`), which must then list every area in the counts.
 */
export type Deduction = number | { byArea: Record<string, number> };

/**
 * The estimation model, as in the Hallingdal plan (seed 001, lines 148–190):
 * persons = devices × (1 + uplift); guest-nights = persons − Σ deductions.
 */
export interface Model {
  name: string;
  /** Share added for people without a phone and SIM-card deviations (the seed's 6 % is 0.06). */
  uplift: number;
  /** Named deductions, in the order given; the standard four are residents, externalWorkers, throughTraffic and dayTrippers. */
  deductions: Record<string, Deduction>;
  /** Seasons and winter-break weeks for breakdowns by season and day type; `DEFAULT_CALENDAR` where absent. */
  calendar?: CalendarOptions;
}
