import { DAY_TYPES, type Calendar } from '../calendar/calendar.js';
import type { CalendarMonths } from '../calendar/calendar-months.js';
import { REGION_CODE } from '../grid/count-grid.js';
import type { Figures, Summary } from '../summary/summary.js';
import { summaryGroupings, suppressAggregates } from './suppress-aggregates.js';
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
 * segments, the cells whose guest-nights would give a segment back. The input is not changed;
 * the rows without a suppressed figure are shared with it.
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
  const groupings = summaryGroupings(months, calendar, dayCount);
  const masksOf = (status: Uint8Array) => {
    const [monthMask, yearMask, seasonMask, dayTypeMask, spanMask] = suppressAggregates(status, dayCount, groupings) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    return { months: monthMask, years: yearMask, seasons: seasonMask, dayTypes: dayTypeMask, span: spanMask };
  };
  const persons = masksOf(cells);
  const guestNights = guestNightCells === cells ? persons : masksOf(guestNightCells);
  const suppressed: SuppressedFigure[] = [];

  const note = (area: string, figure: string, status: number) =>
    suppressed.push({ area, figure, reason: SUPPRESSION_REASONS[status] as 'primary' | 'secondary' });

  // Nulls the fields of list entries whose group is suppressed; entries and the list are copied only when they change.
  const redactList = <T extends object>(area: string, key: string, list: T[], offset: number, fields: Array<[keyof T & string, Uint8Array]>): T[] => {
    let out = list;
    for (let index = 0; index < list.length; index++) {
      for (const [field, mask] of fields) {
        const status = mask[offset + index]!;
        if (status === PUBLISHED) continue;
        if (out === list) out = list.slice();
        if (out[index] === list[index]) out[index] = { ...list[index]! };
        (out[index] as Record<string, unknown>)[field] = null;
        note(area, `${key}[${index}].${field}`, status);
      }
    }
    return out;
  };

  const redactRow = (area: string, row: number, figures: Figures): Figures => {
    // Every aggregate of a row spans part of its days: a row whose span is whole is whole.
    const personsSpan = persons.span[row]!;
    const guestNightsSpan = guestNights.span[row]!;
    if (personsSpan === PUBLISHED && guestNightsSpan === PUBLISHED) return figures;
    const copy: Figures = { ...figures, deductionsPerDay: { ...figures.deductionsPerDay } };
    if (personsSpan !== PUBLISHED) {
      copy.devicesPerDay = copy.upliftPerDay = copy.personsPerDay = null;
      for (const figure of ['devicesPerDay', 'upliftPerDay', 'personsPerDay']) note(area, figure, personsSpan);
    }
    if (guestNightsSpan !== PUBLISHED) {
      // Which days went below zero tells something of each day's count, as the sums do.
      copy.guestNightsPerDay = copy.guestNightsPerYear = copy.negativeDays = null;
      for (const figure of ['guestNightsPerDay', 'guestNightsPerYear', 'negativeDays']) note(area, figure, guestNightsSpan);
      // A deduction counted from a segment is a mean of counts; the model's own numbers go too, for one rule.
      for (const name of Object.keys(copy.deductionsPerDay)) {
        copy.deductionsPerDay[name] = null;
        note(area, `deductionsPerDay.${name}`, guestNightsSpan);
      }
    }
    copy.years = redactList(area, 'years', figures.years, row * months.years.length, [
      ['guestNights', guestNights.years],
      ['guestNightsExtrapolated', guestNights.years],
    ]);
    copy.months = redactList(area, 'months', figures.months, row * months.labels.length, [
      ['personsPerDay', persons.months],
      ['guestNights', guestNights.months],
    ]);
    for (const [key, groupCount] of [
      ['seasons', calendar.seasonNames.length],
      ['dayTypes', DAY_TYPES.length],
    ] as const) {
      copy[key] = redactList(area, key, figures[key], row * groupCount, [
        ['personsPerDay', persons[key]],
        ['guestNightsPerDay', guestNights[key]],
        ['guestNights', guestNights[key]],
      ]);
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
