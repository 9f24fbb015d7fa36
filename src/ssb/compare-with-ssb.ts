import { InputError } from '../errors.js';
import type { RegionMapping } from './read-region-mapping.js';
import type { SsbSeries } from './sum-ssb-table.js';
import { pearson } from '../kernels/pearson.js';
import { spearman } from '../kernels/spearman.js';
import { seasonOfMonth } from '../calendar/season-of-month.js';
import type { DisclosureSummary, Figures, Summary } from '../summary/summary.js';

/** Guest-nights a holiday home has in a year, by the national cabin survey: about 86 (TØI report 1155/2011). */
export const SURVEY_GUEST_NIGHTS_PER_HOLIDAY_HOME = 86;

/** One area (or SSB region) and month: both sides, and what sets them apart. */
export interface ComparisonMonth {
  /** The area code, or SSB's region code with `--regions`. */
  unit: string;
  /** `YYYY-MM`. */
  month: string;
  /** Σ guest-nights from the counts; null unless every day of the month was observed. */
  telecomGuestNights: number | null;
  /** Days observed (for the whole selection: days on which every area was observed). */
  telecomDays: number;
  daysInMonth: number;
  /** SSB's commercial guest-nights; null where SSB has no figure. */
  ssbGuestNights: number | null;
  /** telecom ÷ SSB; null where either is missing or SSB is 0. */
  ratio: number | null;
  /** telecom − SSB: the nights SSB does not count (holiday homes, friends and family, small private rentals). */
  gap: number | null;
  /** Why a side has no figure (both reasons when neither has); null when both have one. */
  missing: string | null;
}

/** A calendar year of a unit, over the months both sides have ("paired months"). */
export interface ComparisonYear {
  year: number;
  /** Paired months in the year; 12 for a whole year. */
  months: number;
  telecomGuestNights: number | null;
  ssbGuestNights: number | null;
  ratio: number | null;
  gap: number | null;
  /** Holiday homes in the unit's areas in this year's SSB figure (`--cabins`); null without. */
  holidayHomes: number | null;
  /** gap ÷ holiday homes, for whole years only (12 paired months); compare with the survey's 86. */
  gapPerHolidayHome: number | null;
}

/** Share of a side's guest-nights in winter (Dec–Apr) and summer (May–Nov), over the paired months. */
export interface SeasonShares {
  winter: number | null;
  summer: number | null;
}

/** The comparison for one area or SSB region. */
export interface ComparisonUnit {
  code: string;
  name: string;
  /** The counts' areas added up for it (one, unless `--regions` maps several). */
  areas: string[];
  /** Months both sides have. */
  months: number;
  /** Correlation of the two monthly series over the paired months; null with fewer than 3 or a constant series. */
  pearson: number | null;
  /** Spearman's rank correlation (average ranks for ties), same months. */
  spearman: number | null;
  seasons: { telecom: SeasonShares; ssb: SeasonShares };
  years: ComparisonYear[];
}

/** Telecom guest-nights against SSB's commercial guest-nights, per month, year and unit. */
export interface Comparison {
  model: string;
  ssb: { file: string; label: string };
  holidayHomes: { file: string; label: string } | null;
  /** First and last month of the counts: the months compared. */
  from: string;
  to: string;
  units: ComparisonUnit[];
  /** Every unit × month from `from` to `to`, missing ones included (with `missing` saying why). */
  months: ComparisonMonth[];
  /** Things not compared, said once: SSB regions without a unit, SSB months outside the counts. */
  notes: string[];
  survey: { guestNightsPerHolidayHome: number; source: string };
  /** Disclosure control as the estimate applied it; absent when it is off. */
  disclosure?: DisclosureSummary;
}

/** Options for `compareWithSsb`. */
export interface CompareOptions {
  /** SSB region → areas (SSB publishes guest-nights by tourism region since 2024). */
  regions?: RegionMapping;
  /** Holiday homes per area and year (SSB's count on 1 January), for guest-nights per holiday home. */
  holidayHomes?: SsbSeries;
}

/**
 * Compare an estimate's monthly guest-nights with SSB's commercial guest-nights (hotels,
 * campsites, cabin villages, hostels above SSB's size threshold), per area, or per SSB region
 * with `regions`. Per month: both figures, their ratio and their gap (the nights SSB does not
 * see). Per year: the sums over the months both sides have, and with holiday homes the gap per
 * holiday home. Per unit: Pearson's and Spearman's correlation of the monthly series and the
 * winter (Dec–Apr) and summer (May–Nov) shares on both sides. A month missing on either side is
 * kept, with the reason; a telecom month counts only when every day of it was observed.
 *
 * @example
 * const { summary } = await estimate(counts, model);
 * const comparison = compareWithSsb(summary, await readSsbSeries('fixtures/ssb/guest-nights-monthly.json'),
 *   { regions: await readRegionMapping('fixtures/ssb/regions.json') });
 * comparison.units[0]!.years[0]!.gap; // 2023: telecom − SSB guest-nights in Hallingdal
 */
export function compareWithSsb(summary: Summary, ssb: SsbSeries, options: CompareOptions = {}): Comparison {
  if (ssb.periodKind !== 'month')
    throw new InputError('E_SSB_TABLE', `expected monthly guest-nights (periods such as 2024M01), got ${ssb.periodKind}s`, { file: ssb.file });
  const { holidayHomes, regions } = options;
  if (holidayHomes !== undefined && holidayHomes.periodKind !== 'year') {
    throw new InputError('E_SSB_TABLE', `expected holiday homes per year (periods such as 2024), got ${holidayHomes.periodKind}s`, { file: holidayHomes.file });
  }
  const countAreas = Object.keys(summary.areas);
  const units = regions === undefined ? countAreas.map((area) => ({ code: area, areas: [area] })) : unitsOfMapping(regions, countAreas);
  const labels = summary.region.months.map((month) => month.month);
  const from = labels[0]!;
  const to = labels[labels.length - 1]!;
  const notes = notesOnSsb(
    ssb,
    units.map((unit) => unit.code),
    from,
    to,
    regions === undefined,
  );

  const months: ComparisonMonth[] = [];
  const compared = units.map(({ code, areas }) => {
    const wholeSelection = areas.length === countAreas.length && countAreas.every((area) => areas.includes(area));
    // The whole selection counts only days on which every area was observed (as in the estimate).
    const rows: Array<[string, Figures]> = wholeSelection ? [['', summary.region]] : areas.map((area) => [area, summary.areas[area]!]);
    const unitMonths = labels.map((month, index) => {
      const daysInMonth = daysInMonthOf(month);
      const telecom = telecomMonth(rows, index, daysInMonth);
      const ssbValue = ssb.values.get(code)?.get(month);
      const ssbReason = ssbValue === undefined ? 'not in the SSB table' : ssbValue === null ? ssbMissingReason(ssb, code, month) : null;
      const paired = telecom.value !== null && ssbValue !== undefined && ssbValue !== null;
      const reasons = [telecom.reason === null ? '' : `telecom: ${telecom.reason}`, ssbReason === null ? '' : `SSB: ${ssbReason}`].filter(
        (reason) => reason !== '',
      );
      const row: ComparisonMonth = {
        unit: code,
        month,
        telecomGuestNights: telecom.value,
        telecomDays: telecom.days,
        daysInMonth,
        ssbGuestNights: ssbValue ?? null,
        ratio: paired && ssbValue !== 0 ? telecom.value! / ssbValue! : null,
        gap: paired ? telecom.value! - ssbValue! : null,
        missing: reasons.length === 0 ? null : reasons.join('; '),
      };
      months.push(row);
      return row;
    });
    const paired = unitMonths.filter((row) => row.gap !== null);
    const telecomSeries = Float64Array.from(paired, (row) => row.telecomGuestNights!);
    const ssbSeries = Float64Array.from(paired, (row) => row.ssbGuestNights!);
    const years = summary.region.years.map(({ year }) => yearOf(year, paired, areas, holidayHomes));
    // SSB's name for the code, else the counts' name for a single area, else the model's for all areas.
    const names = [ssb.names.get(code), areas.length === 1 ? summary.areas[areas[0]!]!.name : undefined, wholeSelection ? summary.region.name : undefined];
    return {
      code,
      name: names.find((name) => name !== undefined && name !== '') ?? '',
      areas,
      months: paired.length,
      pearson: correlation(pearson, telecomSeries, ssbSeries),
      spearman: correlation(spearman, telecomSeries, ssbSeries),
      seasons: { telecom: seasonShares(paired, (row) => row.telecomGuestNights!), ssb: seasonShares(paired, (row) => row.ssbGuestNights!) },
      years,
    };
  });
  if (holidayHomes !== undefined) notes.push(...notesOnHolidayHomes(holidayHomes, compared));
  return {
    model: summary.model.name ?? '',
    ssb: { file: ssb.file, label: ssb.label },
    holidayHomes: holidayHomes === undefined ? null : { file: holidayHomes.file, label: holidayHomes.label },
    from,
    to,
    units: compared,
    months,
    notes,
    survey: { guestNightsPerHolidayHome: SURVEY_GUEST_NIGHTS_PER_HOLIDAY_HOME, source: 'TØI report 1155/2011' },
    ...(summary.disclosure !== undefined && { disclosure: summary.disclosure }),
  };
}

function unitsOfMapping(regions: RegionMapping, countAreas: string[]): Array<{ code: string; areas: string[] }> {
  return [...regions.regions].map(([code, areas]) => {
    areas.forEach((area, index) => {
      if (!countAreas.includes(area))
        throw new InputError('E_REGIONS', `area ${area} is not in the counts (${countAreas.join(', ')})`, {
          file: regions.file,
          path: `${JSON.stringify(code)}[${index}]`,
        });
    });
    return { code, areas };
  });
}

/** Sum a month over the rows (areas, or the whole selection); a row without a whole month leaves the month missing. */
function telecomMonth(rows: Array<[string, Figures]>, index: number, daysInMonth: number): { value: number | null; days: number; reason: string | null } {
  let value = 0;
  let days = daysInMonth;
  for (const [area, figures] of rows) {
    const month = figures.months[index]!;
    const who = area === '' ? 'days on which every area was observed' : `days observed in area ${area}`;
    days = Math.min(days, month.days);
    const withheld = (month.withheldDays ?? 0) > 0 ? ` (${month.withheldDays} withheld: fewer devices than the disclosure threshold)` : '';
    if (month.days < daysInMonth) return { value: null, days, reason: `${month.days} of ${daysInMonth} ${who}${withheld}` };
    if (month.guestNights === null) {
      const regionWide = Object.keys(figures.deductionsPerDay).filter((name) => figures.deductionsPerDay[name] === null);
      return {
        value: null,
        days,
        reason: `area ${area} has no guest-nights: the model gives ${regionWide.join(', ')} for the whole region only (give them per area, or map an SSB region to all areas)`,
      };
    }
    value += month.guestNights;
  }
  return { value, days, reason: null };
}

function ssbMissingReason(ssb: SsbSeries, area: string, period: string): string {
  const missing = ssb.missing.find((entry) => entry.area === area && entry.period === period);
  return missing === undefined ? 'no value' : `${missing.reason} (${missing.place})`;
}

function yearOf(year: number, paired: ComparisonMonth[], areas: string[], holidayHomes: SsbSeries | undefined): ComparisonYear {
  const inYear = paired.filter((row) => row.month.startsWith(`${year}-`));
  const telecom = inYear.length === 0 ? null : inYear.reduce((sum, row) => sum + row.telecomGuestNights!, 0);
  const ssb = inYear.length === 0 ? null : inYear.reduce((sum, row) => sum + row.ssbGuestNights!, 0);
  const gap = telecom === null || ssb === null ? null : telecom - ssb;
  const homes = holidayHomes === undefined ? [] : areas.map((area) => holidayHomes.values.get(area)?.get(String(year)) ?? null);
  const holidayHomeCount = homes.length === 0 || homes.includes(null) ? null : homes.reduce((sum: number, count) => sum + count!, 0);
  return {
    year,
    months: inYear.length,
    telecomGuestNights: telecom,
    ssbGuestNights: ssb,
    ratio: telecom === null || !ssb ? null : telecom / ssb,
    gap,
    holidayHomes: holidayHomeCount,
    gapPerHolidayHome: inYear.length === 12 && gap !== null && holidayHomeCount ? gap / holidayHomeCount : null,
  };
}

function correlation(method: (x: Float64Array, y: Float64Array) => number, x: Float64Array, y: Float64Array): number | null {
  // Two points always lie on a line: a coefficient needs at least three months.
  if (x.length < 3) return null;
  const value = method(x, y);
  return Number.isNaN(value) ? null : value;
}

function seasonShares(paired: ComparisonMonth[], valueOf: (row: ComparisonMonth) => number): SeasonShares {
  let winter = 0;
  let total = 0;
  for (const row of paired) {
    const value = valueOf(row);
    total += value;
    if (seasonOfMonth(Number(row.month.slice(5))) === 'winter') winter += value;
  }
  return total === 0 ? { winter: null, summer: null } : { winter: winter / total, summer: (total - winter) / total };
}

/** Day 0 of the next month is the last day of this one; UTC, so no daylight-saving shift. */
function daysInMonthOf(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
}

function notesOnSsb(ssb: SsbSeries, unitCodes: string[], from: string, to: string, withoutMapping: boolean): string[] {
  const notes: string[] = [];
  const others = [...ssb.values.keys()].filter((code) => !unitCodes.includes(code));
  if (others.length > 0) {
    const names = others.map((code) => (ssb.names.get(code) ? `${code} ${ssb.names.get(code)}` : code));
    notes.push(
      `${ssb.file}: not compared, not in the counts${withoutMapping ? ' (map SSB regions to areas with --regions)' : ' nor in --regions'}: ${names.join(', ')}`,
    );
  }
  const outside = new Set<string>();
  for (const byPeriod of ssb.values.values()) for (const period of byPeriod.keys()) if (period < from || period > to) outside.add(period);
  if (outside.size > 0) {
    const sorted = [...outside].sort();
    notes.push(`${ssb.file}: ${sorted.length} months outside the counts (${sorted[0]} to ${sorted[sorted.length - 1]}) are not compared`);
  }
  return notes;
}

/** Years without a holiday-home figure for a unit, with SSB's reason where the file gives one. */
function notesOnHolidayHomes(holidayHomes: SsbSeries, units: ComparisonUnit[]): string[] {
  return units.flatMap((unit) =>
    unit.years
      .filter((year) => year.holidayHomes === null)
      .map((year) => {
        const reasons = unit.areas.flatMap((area) => {
          const value = holidayHomes.values.get(area)?.get(String(year.year));
          if (value === undefined) return [`${area}: not in the table`];
          const missing = holidayHomes.missing.find((entry) => entry.area === area && entry.period === String(year.year));
          return missing === undefined ? [] : [`${area}: ${missing.reason} (${missing.place})`];
        });
        return `${holidayHomes.file}: no holiday homes for ${unit.code} in ${year.year} (${reasons.join('; ')})`;
      }),
  );
}
