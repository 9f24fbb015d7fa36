import { DAY_TYPES, type Calendar } from '../calendar/calendar.js';
import type { CalendarMonths } from '../calendar/calendar-months.js';
import { REGION_CODE } from '../grid/count-grid.js';
import type { Figures, Summary } from '../summary/summary.js';
import { rangeOfPositions, suppressAggregates, yearOfDay } from './suppress-aggregates.js';
import { PUBLISHED, SECONDARY, SUPPRESSION_REASONS } from './suppression-status.js';

/** One figure of a summary that is not published, and why. */
export interface SuppressedFigure {
  /** The area's code, or `'region'`. */
  area: string;
  /** The figure's path inside the area's `Figures`, e.g. `months[2].guestNights`. */
  figure: string;
  reason: 'primary' | 'secondary';
}

/** A summary with its suppressed figures set to null, and the list of them. */
export interface RedactedSummary {
  summary: Summary;
  suppressed: SuppressedFigure[];
}

/** What `redactSummary` reads besides the summary: the grid's layout and its cells' status. */
export interface SummaryLayout {
  /** The grid's area codes in row order (`estimate(...).grid.areaCodes`); the region is the row after. */
  areaCodes: readonly string[];
  dayCount: number;
  months: CalendarMonths;
  calendar: Pick<Calendar, 'season' | 'seasonNames' | 'dayType'>;
  /** Status per devices cell, region row last (`suppressGrid(...).status`). */
  cells: Uint8Array;
  /** Status of each cell's guest-nights where they rest on segments (`protectSegments(...).guestNights`). */
  guestNights?: Uint8Array;
}

/**
 * The strict way to publish a summary estimated from every observed count: null every figure
 * whose days hold a suppressed cell (`suppressAggregates`) and list it with its reason. Persons
 * and devices figures follow the devices cells; guest-night figures follow them and, with
 * segments, the cells whose guest-nights would give a segment back. The input is not changed.
 * `summary.uncertainty` is not redacted: drop it, or its intervals, with the figures listed.
 *
 * @example
 * const { summary, grid, calendar } = await estimate(counts, model);
 * const months = calendarMonths(grid.firstDay, grid.dayCount);
 * const { status } = suppressGrid(grid.devices, grid.areaCodes.length, grid.dayCount);
 * const { summary: safe, suppressed } = redactSummary(summary, { areaCodes: grid.areaCodes, dayCount: grid.dayCount, months, calendar, cells: status });
 * suppressed[0]; // { area: '3320', figure: 'devicesPerDay', reason: 'secondary' }
 */
export function redactSummary(summary: Summary, layout: SummaryLayout): RedactedSummary {
  const { areaCodes, dayCount, months, calendar, cells } = layout;
  const guestNightCells = layout.guestNights === undefined ? cells : worstOf(cells, layout.guestNights);
  const monthOf = rangeOfPositions(months.monthStart);
  const yearOf = yearOfDay(months.monthStart, months.yearOfMonth);
  const spanOf = new Uint8Array(dayCount);
  const masksOf = (status: Uint8Array) => ({
    months: suppressAggregates(status, dayCount, monthOf, months.labels.length),
    years: suppressAggregates(status, dayCount, yearOf, months.years.length),
    seasons: suppressAggregates(status, dayCount, calendar.season, calendar.seasonNames.length),
    dayTypes: suppressAggregates(status, dayCount, calendar.dayType, DAY_TYPES.length),
    span: suppressAggregates(status, dayCount, spanOf, 1),
  });
  const persons = masksOf(cells);
  const guestNights = masksOf(guestNightCells);
  const suppressed: SuppressedFigure[] = [];

  const redactRow = (code: string, row: number, figures: Figures): Figures => {
    const copy: Figures = structuredClone(figures);
    const drop = (mask: Uint8Array, at: number, path: string, set: () => void) => {
      if (mask[at] === PUBLISHED) return;
      set();
      suppressed.push({ area: code, figure: path, reason: SUPPRESSION_REASONS[mask[at]!] as 'primary' | 'secondary' });
    };
    drop(persons.span, row, 'devicesPerDay', () => (copy.devicesPerDay = null));
    drop(persons.span, row, 'upliftPerDay', () => (copy.upliftPerDay = null));
    drop(persons.span, row, 'personsPerDay', () => (copy.personsPerDay = null));
    drop(guestNights.span, row, 'guestNightsPerDay', () => (copy.guestNightsPerDay = null));
    drop(guestNights.span, row, 'guestNightsPerYear', () => (copy.guestNightsPerYear = null));
    // Which days went below zero tells something of each day's count.
    drop(guestNights.span, row, 'negativeDays', () => (copy.negativeDays = null));
    // A deduction counted from a segment is a mean of counts; the others are the model's own numbers, dropped alike for one rule.
    for (const name of Object.keys(copy.deductionsPerDay)) drop(guestNights.span, row, `deductionsPerDay.${name}`, () => (copy.deductionsPerDay[name] = null));
    copy.years.forEach((year, index) => {
      drop(guestNights.years, row * months.years.length + index, `years[${index}].guestNights`, () => (year.guestNights = null));
      drop(guestNights.years, row * months.years.length + index, `years[${index}].guestNightsExtrapolated`, () => (year.guestNightsExtrapolated = null));
    });
    copy.months.forEach((month, index) => {
      drop(persons.months, row * months.labels.length + index, `months[${index}].personsPerDay`, () => (month.personsPerDay = null));
      drop(guestNights.months, row * months.labels.length + index, `months[${index}].guestNights`, () => (month.guestNights = null));
    });
    for (const [key, groupCount] of [['seasons', calendar.seasonNames.length], ['dayTypes', DAY_TYPES.length]] as const) {
      copy[key].forEach((group, index) => {
        drop(persons[key], row * groupCount + index, `${key}[${index}].personsPerDay`, () => (group.personsPerDay = null));
        drop(guestNights[key], row * groupCount + index, `${key}[${index}].guestNightsPerDay`, () => (group.guestNightsPerDay = null));
        drop(guestNights[key], row * groupCount + index, `${key}[${index}].guestNights`, () => (group.guestNights = null));
      });
    }
    return copy;
  };

  const areas = Object.fromEntries(areaCodes.map((code, row) => [code, redactRow(code, row, summary.areas[code]!)]));
  const region = redactRow(REGION_CODE, areaCodes.length, summary.region);
  return { summary: { ...summary, region, areas }, suppressed };
}

/** Per cell, the more severe of two statuses (secondary over published; primary kept). */
function worstOf(a: Uint8Array, b: Uint8Array): Uint8Array {
  const worst = new Uint8Array(a.length);
  for (let cell = 0; cell < a.length; cell++) worst[cell] = a[cell] !== PUBLISHED ? a[cell]! : b[cell] !== PUBLISHED ? SECONDARY : PUBLISHED;
  return worst;
}
