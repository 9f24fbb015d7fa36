import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { repoRoot } from '../helpers/repo-root.js';
import { holidaysBetween } from '../helpers/norwegian-holidays.js';

// Checks `estimate --json` against a second, independent calculation written from the spec in
// plain objects and string dates, on a SYNTHETIC Valdres data set the product has never seen.
// Nothing here imports src/: a bug shared by the product and its oracle would go unnoticed.

type Deduction = number | { byArea: Record<string, number> };
interface Model {
  name: string;
  uplift: number;
  deductions: Record<string, Deduction>;
}
interface Row {
  date: string;
  area: string;
  name: string;
  devices: number | null;
}
interface Day {
  date: string;
  devices: number;
  persons: number;
  guestNights: number;
}

const AREAS = [
  { code: '3449', name: 'Sør-Aurdal', people: 3000 },
  { code: '3450', name: 'Etnedal', people: 1300 },
  { code: '3451', name: 'Nord-Aurdal', people: 6500 },
  { code: '3452', name: 'Vestre Slidre', people: 2200 },
  { code: '3453', name: 'Øystre Slidre', people: 3300 },
];
// Visitors on top of residents, per calendar month; May and November dip below the residents,
// so guest-nights go negative there (for areas and for the region).
const SEASON = [0.5, 0.7, 0.8, 0.5, -0.08, 0.2, 0.6, 0.4, 0.2, 0.05, -0.1, 0.4];
// Disclosure control's default threshold: a count below it is withheld, and the region on that
// day with it. Etnedal counts 7 devices on 15 August 2024 (a Thursday in the high season).
const MIN_COUNT = 16;
const SMALL = { area: '3450', date: '2024-08-15', devices: 7 };

/** mulberry32: a tiny seeded PRNG, so the data set is the same on every run. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** Every `YYYY-MM-DD` from `from` to `to` inclusive, by walking the calendar (no Date objects). */
function calendarDays(from: string, to: string): string[] {
  let [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const out: string[] = [];
  for (let date = from; date <= to; date = `${year}-${pad(month)}-${pad(day)}`) {
    out.push(date);
    if (++day > monthLength(year, month)) [day, month] = [1, month + 1];
    if (month > 12) [month, year] = [1, year + 1];
  }
  return out;
}

/** 2023-07-01 … 2025-03-31: three calendar years, the middle one a leap year. */
function generateRows(): Row[] {
  const random = mulberry32(20240229);
  const calendar = calendarDays('2023-07-01', '2025-03-31');
  const rows: Row[] = [];
  for (const [index, date] of calendar.entries()) {
    // The first and last day stay complete so `from` and `to` are not in doubt; so does the leap day.
    const edge = index === 0 || index === calendar.length - 1 || date === '2024-02-29' || date === SMALL.date;
    for (const { code, name, people } of AREAS) {
      // Two decimals: operators deliver extrapolated counts.
      const drawn = Math.round(people * (1 + SEASON[Number(date.slice(5, 7)) - 1]! + 0.1 * (random() - 0.5)) * 100) / 100;
      const devices = code === SMALL.area && date === SMALL.date ? SMALL.devices : drawn;
      const gap = random();
      // Etnedal has no observation at all in November 2024: a month (and region month) with 0 days.
      if (code === '3450' && date.startsWith('2024-11')) {
        if (gap < 0.5) rows.push({ date, area: code, name, devices: null });
      } else if (edge || gap >= 0.03) rows.push({ date, area: code, name, devices });
      else if (gap < 0.02) rows.push({ date, area: code, name, devices: null }); // blank cell
      // else: the row is absent entirely
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1)); // Fisher–Yates: the product must not rely on sorted input
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

/** The spec, computed straightforwardly: per-area day lists, then means and sums over them. */
function oracle(rows: Row[], model: Model) {
  const codes = [...new Set(rows.map((row) => row.area))].sort();
  const names: Record<string, string> = {};
  const observed: Record<string, Record<string, number>> = {}; // area → date → devices
  for (const row of rows) {
    names[row.area] = row.name;
    observed[row.area] ??= {};
    if (row.devices !== null) observed[row.area]![row.date] = row.devices;
  }
  const dates = rows.map((row) => row.date).sort();
  const calendar = calendarDays(dates[0]!, dates[dates.length - 1]!);
  // Disclosure control: a count below the threshold is withheld, as if it were blank; the region's
  // day is withheld with it where every other area has a count.
  const withheld: Record<string, Set<string>> = {};
  for (const code of codes) {
    withheld[code] = new Set(Object.keys(observed[code]!).filter((date) => observed[code]![date]! < MIN_COUNT));
    for (const date of withheld[code]) delete observed[code]![date];
  }
  const regionWithheld = new Set(
    calendar.filter((date) => codes.some((code) => withheld[code]!.has(date)) && codes.every((code) => date in observed[code]! || withheld[code]!.has(date))),
  );
  const factor = 1 + model.uplift;
  const everyByArea = Object.values(model.deductions).every((deduction) => typeof deduction !== 'number');

  const areas: Record<string, unknown> = {};
  for (const code of codes) {
    const deductions: Record<string, number | null> = {};
    let total = 0;
    for (const [name, deduction] of Object.entries(model.deductions)) {
      deductions[name] = typeof deduction === 'number' ? null : deduction.byArea[code]!;
      total += deductions[name] ?? 0;
    }
    const days = calendar
      .filter((date) => date in observed[code]!)
      .map((date) => {
        const devices = observed[code]![date]!;
        return { date, devices, persons: devices * factor, guestNights: devices * factor - total };
      });
    areas[code] = describe(names[code]!, days, deductions, everyByArea, calendar, withheld[code]!);
  }

  const regionDeductions: Record<string, number> = {};
  let regionTotal = 0;
  for (const [name, deduction] of Object.entries(model.deductions)) {
    regionDeductions[name] = typeof deduction === 'number' ? deduction : codes.reduce((sum, code) => sum + deduction.byArea[code]!, 0);
    regionTotal += regionDeductions[name]!;
  }
  const complete = calendar.filter((date) => codes.every((code) => date in observed[code]!));
  const regionDays = complete.map((date) => {
    let devices = 0;
    for (const code of codes) devices += observed[code]![date]!;
    return { date, devices, persons: devices * factor, guestNights: devices * factor - regionTotal };
  });
  const region = describe(model.name, regionDays, regionDeductions, true, calendar, regionWithheld);
  // Every row of the file is used: nothing rejected, no date and area twice; blank cells counted.
  const input = { rows: rows.length, rejectedRows: 0, blankRows: rows.filter((row) => row.devices === null).length, duplicateRows: 0, onDuplicate: 'error' };
  const fill = { method: 'none', filledCells: 0 };
  return {
    model,
    input,
    from: calendar[0],
    to: calendar[calendar.length - 1],
    days: calendar.length,
    incompleteDays: calendar.length - complete.length,
    fill,
    disclosure: { minCount: MIN_COUNT, primary: codes.reduce((sum, code) => sum + withheld[code]!.size, 0), secondary: regionWithheld.size },
    region,
    areas,
    // Daily counts of several areas: guest-nights bounded from above only, said in the summary.
    warnings: [
      `daily counts of ${codes.length} areas bound the region's guest-nights from above only: a device counts in every area it passes in a day, passers-by and day visitors count, and a day is not a night (the plan's formula gave 6 times the true guest-nights of a simulated Hallingdal: teleguest validate); hourly counts measure guest-nights`,
    ],
  };
}

function describe(
  name: string,
  days: Day[],
  deductionsPerDay: Record<string, number | null>,
  hasGuestNights: boolean,
  calendar: string[],
  withheld: Set<string>,
) {
  const withheldIn = (test: (date: string) => boolean) => [...withheld].filter(test).length;
  const sum = (list: Day[], key: keyof Omit<Day, 'date'>) => list.reduce((total, day) => total + day[key], 0);
  const mean = (list: Day[], key: keyof Omit<Day, 'date'>) => (list.length > 0 ? sum(list, key) / list.length : null);
  const guestNightsOf = (list: Day[]) => (hasGuestNights && list.length > 0 ? sum(list, 'guestNights') : null);
  const guestNightsPerDay = hasGuestNights ? mean(days, 'guestNights') : null;
  const years = [...new Set(calendar.map((date) => date.slice(0, 4)))].map((year) => {
    const inYear = days.filter((day) => day.date.startsWith(year));
    const daysInYear = isLeap(Number(year)) ? 366 : 365;
    const guestNights = guestNightsOf(inYear);
    return {
      year: Number(year),
      days: inYear.length,
      daysInYear,
      guestNights,
      guestNightsExtrapolated: guestNights === null ? null : (guestNights / inYear.length) * daysInYear,
      withheldDays: withheldIn((date) => date.startsWith(year)),
    };
  });
  const months = [...new Set(calendar.map((date) => date.slice(0, 7)))].map((month) => {
    const inMonth = days.filter((day) => day.date.startsWith(month));
    return {
      month,
      days: inMonth.length,
      personsPerDay: mean(inMonth, 'persons'),
      guestNights: guestNightsOf(inMonth),
      withheldDays: withheldIn((date) => date.startsWith(month)),
    };
  });
  const devicesPerDay = mean(days, 'devices');
  const personsPerDay = mean(days, 'persons');
  const groups = (names: string[], groupOf: (date: string) => string) =>
    names.map((group) => {
      const inGroup = days.filter((day) => groupOf(day.date) === group);
      const guestNights = guestNightsOf(inGroup);
      return {
        name: group,
        days: inGroup.length,
        personsPerDay: mean(inGroup, 'persons'),
        guestNightsPerDay: guestNights === null ? null : guestNights / inGroup.length,
        guestNights,
        withheldDays: withheldIn((date) => groupOf(date) === group),
      };
    });
  return {
    name,
    days: days.length,
    missingDays: calendar.length - days.length,
    filledDays: 0,
    devicesPerDay,
    upliftPerDay: personsPerDay! - devicesPerDay!,
    personsPerDay,
    deductionsPerDay,
    guestNightsPerDay,
    guestNightsPerYear: guestNightsPerDay === null ? null : guestNightsPerDay * 365,
    negativeDays: hasGuestNights ? days.filter((day) => day.guestNights < 0).length : null,
    years,
    months,
    seasons: groups(['low', 'high'], seasonOf),
    dayTypes: groups(['holiday', 'weekend', 'winterBreak', 'weekday'], (date) => dayTypeOf(date, calendar)),
    withheldDays: withheld.size,
  };
}

// Hemsedal's low season (its partnership agreement with the tourist board), boundary days included: 15 Apr–15 Jun and 15 Oct–15 Dec.
function seasonOf(date: string): string {
  const monthDay = date.slice(5);
  return (monthDay >= '04-15' && monthDay <= '06-15') || (monthDay >= '10-15' && monthDay <= '12-15') ? 'low' : 'high';
}

// Norway's public holidays in the data set's span, from the published calendar (Easter 2024: 31 March).
const HOLIDAYS = new Set(holidaysBetween('2023-07-01', '2025-01-01'));
// School winter break, ISO weeks 8 and 9: Monday 19 Feb – Sunday 3 Mar 2024, Monday 17 Feb – Sunday 2 Mar 2025.
const inWinterBreak = (date: string) => (date >= '2024-02-19' && date <= '2024-03-03') || (date >= '2025-02-17' && date <= '2025-03-02');

// Holiday before weekend before winter break; the span starts on Saturday 1 July 2023.
function dayTypeOf(date: string, calendar: string[]): string {
  if (HOLIDAYS.has(date)) return 'holiday';
  if ((calendar.indexOf(date) + 5) % 7 >= 5) return 'weekend';
  return inWinterBreak(date) ? 'winterBreak' : 'weekday';
}

// Counts compare exactly; every other number to 1e-9 relative (absolute where the expected is 0).
const COUNTS = new Set([
  'days',
  'missingDays',
  'filledDays',
  'filledCells',
  'incompleteDays',
  'negativeDays',
  'daysInYear',
  'year',
  'rows',
  'rejectedRows',
  'duplicateRows',
  'withheldDays',
  'minCount',
  'primary',
  'secondary',
]);

function assertClose(actual: unknown, expected: number, path: string): void {
  assert.type(actual, 'number', `${path}: expected ${expected}, got ${JSON.stringify(actual)}`);
  const tolerance = expected === 0 ? 1e-9 : 1e-9 * Math.abs(expected);
  assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${path}: expected ${expected}, got ${actual}`);
}

function assertMatches(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    if (COUNTS.has(path.slice(path.lastIndexOf('.') + 1))) assert.is(actual, expected, path);
    else assertClose(actual, expected, path);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected an array`);
    assert.is((actual as unknown[]).length, expected.length, `${path}.length`);
    expected.forEach((item, index) => assertMatches((actual as unknown[])[index], item, `${path}[${index}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path}: expected an object, got ${JSON.stringify(actual)}`);
    assert.equal(Object.keys(actual as object).sort(), Object.keys(expected).sort(), `${path}: keys`);
    for (const [key, value] of Object.entries(expected)) assertMatches((actual as Record<string, unknown>)[key], value, path === '' ? key : `${path}.${key}`);
  } else {
    assert.is(actual, expected, path); // null and strings exactly
  }
}

const byArea = (share: number) => Object.fromEntries(AREAS.map(({ code, people }) => [code, Math.round(people * share)]));
const PER_AREA: Model = { name: 'Valdres', uplift: 0.07, deductions: { residents: { byArea: byArea(1) }, externalWorkers: { byArea: byArea(0.03) } } };
const REGION_WIDE: Model = { name: 'Valdres', uplift: 0.07, deductions: { residents: { byArea: byArea(1) }, externalWorkers: 480 } };

const rows = generateRows();
let dir = '';
const file: Record<string, string> = {};

function estimate(counts: string, model: string, workers: number): string {
  const cli = join(repoRoot, 'dist/src/cli/main.js');
  return execFileSync(process.execPath, [cli, 'estimate', counts, '--model', model, '--json', '--workers', String(workers)], { encoding: 'utf8' });
}

const Oracle = suite('estimate --json against an independent calculation');

Oracle.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'teleguest-oracle-'));
  const write = (name: string, content: string) => {
    file[name] = join(dir, name);
    writeFileSync(file[name], content);
  };
  const line = (row: Row, separator: string, decimal: string) =>
    [row.date, row.area, row.name, row.devices === null ? '' : String(row.devices).replace('.', decimal)].join(separator);
  write('counts.csv', ['date,area,area_name,devices', ...rows.map((row) => line(row, ',', '.'))].join('\n') + '\n');
  write('counts-semicolon.csv', '\uFEFF' + ['date;area;area_name;devices', ...rows.map((row) => line(row, ';', ','))].join('\r\n') + '\r\n');
  write('per-area.json', JSON.stringify(PER_AREA));
  write('region-wide.json', JSON.stringify(REGION_WIDE));
});

Oracle.after(() => rmSync(dir, { recursive: true, force: true }));

Oracle('uses a data set with every case the spec singles out', () => {
  const expected = oracle(rows, PER_AREA);
  assert.ok(
    rows.some((row) => row.devices === null),
    'a blank devices cell',
  );
  assert.ok(
    rows.some((row) => row.devices !== null && !Number.isInteger(row.devices)),
    'devices with decimals',
  );
  assert.ok(rows.length < expected.days * AREAS.length, 'absent rows');
  assert.ok(expected.incompleteDays > 0, 'an incomplete day');
  assert.is(expected.region.years[1]!.daysInYear, 366, '2024 is a leap year');
  assert.ok(
    expected.region.negativeDays! > 0 && Object.values(expected.areas).every((area) => (area as { negativeDays: number }).negativeDays > 0),
    'negative guest-nights',
  );
  const etnedal = expected.areas['3450'] as ReturnType<typeof describe>;
  assert.is(etnedal.months.find((month) => month.month === '2024-11')!.days, 0, 'Etnedal has no day in 2024-11');
  assert.equal(expected.disclosure, { minCount: MIN_COUNT, primary: 1, secondary: 1 }, 'a count below the threshold, withheld with its region day');
  // A guest-night figure within rounding of 0 could count as negative on one side only.
  const total = (deduction: Deduction, code?: string) =>
    typeof deduction === 'number' ? deduction : code ? deduction.byArea[code]! : Object.values(deduction.byArea).reduce((a, b) => a + b);
  const regionDevices: Record<string, number> = {};
  for (const row of rows.filter((row) => row.devices !== null)) {
    const deducted = Object.values(PER_AREA.deductions).reduce((sum: number, deduction) => sum + total(deduction, row.area), 0);
    assert.ok(Math.abs(row.devices! * 1.07 - deducted) > 1e-6, `${row.date} ${row.area} is not near 0`);
    regionDevices[row.date] = (regionDevices[row.date] ?? 0) + row.devices!;
  }
  const regionDeducted = Object.values(PER_AREA.deductions).reduce((sum: number, deduction) => sum + total(deduction), 0);
  for (const [date, devices] of Object.entries(regionDevices)) assert.ok(Math.abs(devices * 1.07 - regionDeducted) > 1e-6, `${date} region is not near 0`);
});

Oracle('matches the calculation for the region and every area, with every deduction per area', () => {
  assertMatches(JSON.parse(estimate(file['counts.csv']!, file['per-area.json']!, 0)), oracle(rows, PER_AREA), '');
});

Oracle('reports null guest-night fields on areas when a deduction is region-wide', () => {
  assertMatches(JSON.parse(estimate(file['counts.csv']!, file['region-wide.json']!, 2)), oracle(rows, REGION_WIDE), '');
});

Oracle('prints byte-identical output with 0, 1, 2 and 4 workers', () => {
  const inline = estimate(file['counts.csv']!, file['per-area.json']!, 0);
  for (const workers of [1, 2, 4]) assert.is(estimate(file['counts.csv']!, file['per-area.json']!, workers), inline, `--workers ${workers}`);
});

Oracle('reads a semicolon, decimal-comma, BOM and CRLF file to the same output', () => {
  // The JSON names no file, so the two dialects must print the very same bytes.
  assert.is(estimate(file['counts-semicolon.csv']!, file['per-area.json']!, 2), estimate(file['counts.csv']!, file['per-area.json']!, 2));
});

Oracle.run();
