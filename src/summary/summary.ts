import type { HourlySummary } from '../hourly/estimate-hourly.js';
import type { FillMethod } from '../grid/fill-gaps.js';
import type { Model } from '../model/model.js';
import type { Uncertainty } from '../uncertainty/estimate-uncertainty.js';

/** One calendar year of a series. */
export interface YearFigures {
  year: number;
  /** Observed days in the year. */
  days: number;
  daysInYear: number;
  /** Σ guest-nights over the observed days; null where there are none or no guest-nights. */
  guestNights: number | null;
  /** Mean per observed day × days in the year. */
  guestNightsExtrapolated: number | null;
  /** With disclosure control: the days left out because their counts are withheld (see `DisclosureSummary`). */
  withheldDays?: number;
}

/** One calendar month of a series. */
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  days: number;
  personsPerDay: number | null;
  guestNights: number | null;
  /** With disclosure control: the days left out because their counts are withheld. */
  withheldDays?: number;
}

/** One season or day type of a series: observed days, means per day and the guest-night sum. */
export interface GroupFigures {
  /** The season's name, or the day type (`holiday`, `weekend`, `winterBreak`, `weekday`). */
  name: string;
  days: number;
  personsPerDay: number | null;
  guestNightsPerDay: number | null;
  guestNights: number | null;
  /** With disclosure control: the days left out because their counts are withheld. */
  withheldDays?: number;
}

/** The estimate for the region or one area. Means are over observed days. */
export interface Figures {
  name: string;
  /** Observed days (filled ones included). */
  days: number;
  /** Days of the span without an observation, after filling; for the region, days with any area missing. */
  missingDays: number;
  /** Observed days whose value was filled (`fill`); for the region, complete days with any area filled. */
  filledDays: number;
  devicesPerDay: number | null;
  upliftPerDay: number | null;
  personsPerDay: number | null;
  /** Mean per day of each deduction; null on an area for a region-wide deduction. */
  deductionsPerDay: Record<string, number | null>;
  /** Null on an area unless every deduction is given per area. */
  guestNightsPerDay: number | null;
  /** guestNightsPerDay × 365. */
  guestNightsPerYear: number | null;
  /** Days with guest-nights below zero: more residents away than guests present. Kept, not clamped. */
  negativeDays: number | null;
  years: YearFigures[];
  months: MonthFigures[];
  /** By season of the model's calendar (default: Hemsedal's high and low seasons). */
  seasons: GroupFigures[];
  /** By day type: public holiday, weekend, school winter break, other weekday. */
  dayTypes: GroupFigures[];
  /**
   * With disclosure control: the days of the span left out because their counts are withheld
   * (among `missingDays`); for the region, the days it skips because an area's count is withheld.
   */
  withheldDays?: number;
}

/**
 * Disclosure control as a run applied it (docs/disclosure.md): counts below `minCount` devices
 * are withheld before anything is summed, so every published figure rests on published counts.
 */
export interface DisclosureSummary {
  /** The threshold: a count below this many devices is withheld. */
  minCount: number;
  /** Area-days withheld as primary: their count, a segment's count or one of their hours' is below `minCount`. */
  primary: number;
  /** Region days withheld as secondary: the region less the published areas would give a withheld count back. */
  secondary: number;
}

/** What was read: nothing is dropped without being counted here. */
export interface InputFigures {
  /** Rows used (blank cells included). */
  rows: number;
  /** Rows skipped by lenient reading (`--rejects`). */
  rejectedRows: number;
  /** Rows whose devices cell was blank, null or a suppression marker (`<5`, `..`): missing observations, never zeros. */
  blankRows: number;
  /** Rows for an area and date already seen (summed or replaced per `onDuplicate`). */
  duplicateRows: number;
  onDuplicate: 'error' | 'sum' | 'last';
}

/** The whole estimate, as printed by `--json` and written to `summary.json`. */
export interface Summary {
  model: Model;
  input: InputFigures;
  /** First and last date in the counts, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Calendar days from `from` to `to`. */
  days: number;
  /** Days on which at least one area has no observation; the region skips them. */
  incompleteDays: number;
  /** How missing days were treated (the model's `fill`), and how many area-days were filled. */
  fill: { method: FillMethod; filledCells: number };
  /** Disclosure control as applied; absent when it is off (`minCount` 0). */
  disclosure?: DisclosureSummary;
  region: Figures;
  areas: Record<string, Figures>;
  /** Intervals from draws of the model's ranges, when asked for (`draws`). */
  uncertainty?: Uncertainty;
  /** What the figures cannot say, such as guest-nights from daily counts being an upper bound (`boundDailyGuestNights`); absent when nothing. */
  warnings?: string[];
  /** Hourly counts only: the method used (night presence or busiest hour), the night window and day visitors. */
  hourly?: HourlySummary;
}
