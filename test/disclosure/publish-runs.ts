/**
 * What a run of teleguest publishes, as linear equations over the true device counts: each
 * published area cell, region day and aggregate (month, year, season, day type, whole span;
 * areas over their observed days, the region over its complete days, as `summarizeRow` sums).
 * Persons and guest-nights are devices × a public factor less public deductions, so equations
 * in devices carry exactly what they do. Used by attack.test.ts; the attacker itself
 * (feasible-interval.ts) imports nothing from src/.
 */
import { buildCalendar, DAY_TYPES } from '../../src/calendar/calendar.js';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { blankSuppressed } from '../../src/disclosure/blank-suppressed.js';
import { protectSegments } from '../../src/disclosure/protect-segments.js';
import { rangeOfPositions, suppressAggregates, yearOfDay } from '../../src/disclosure/suppress-aggregates.js';
import { suppressGrid } from '../../src/disclosure/suppress-grid.js';
import { PRIMARY, PUBLISHED, SECONDARY } from '../../src/disclosure/suppression-status.js';
import type { LinearEquation } from './feasible-interval.js';

/** True counts: per area, one value per day from `firstDay`; per area also segments, if any. */
export interface Truth {
  firstDay: number;
  devices: Record<string, number[]>;
  /** Residents present (the deducted segment) per area and day; the rest are visitors. */
  home?: Record<string, number[]>;
}

/** A run: the areas and the days (inclusive day numbers) it selects. */
export interface Run {
  areas: string[];
  from: number;
  to: number;
}

/**
 * How the run protects its figures: `'none'` publishes all; `'primary'` suppresses only small
 * cells (and their guest-nights), the rest exact; `'rectangle'` adds the hand-picked
 * `extraSecondary` cells (classic secondary suppression within one table); `'strict'` and
 * `'blank'` are src/disclosure's two ways.
 */
export type Protection = 'none' | 'primary' | 'rectangle' | 'strict' | 'blank';

/** Unknowns named `area:day` (devices) or `area:day:home` / `area:day:visitors` (segments). */
export interface Publication {
  equations: Array<{ names: string[]; value: number }>;
  /** Cells suppressed as small (names as the unknowns'). */
  primaries: string[];
}

const keyOf = (area: string, day: number, part?: string) => (part === undefined ? `${area}:${day}` : `${area}:${day}:${part}`);

/** The equations one run publishes under `protection`. */
export function publish(truth: Truth, run: Run, protection: Protection, extraSecondary: string[] = []): Publication {
  const { areas, from, to } = run;
  const dayCount = to - from + 1;
  const areaCount = areas.length;
  const valueOf = (record: Record<string, number[]>, area: string, offset: number) => record[area]![from - truth.firstDay + offset]!;
  const grid = new Float64Array((areaCount + 1) * dayCount);
  areas.forEach((area, row) => {
    for (let day = 0; day < dayCount; day++) grid[row * dayCount + day] = valueOf(truth.devices, area, day);
  });
  for (let day = 0; day < dayCount; day++) {
    let sum = 0;
    for (let row = 0; row < areaCount; row++) sum += grid[row * dayCount + day]!;
    grid[areaCount * dayCount + day] = sum;
  }

  // 1. Status of each cell, and of each cell's guest-nights where they rest on segments.
  const suppression = suppressGrid(grid, areaCount, dayCount);
  const cells = Uint8Array.from(suppression.status);
  const segments = truth.home && protectSegments(segmentsOf(truth, run), areaCount, dayCount);
  const guestNightCells = Uint8Array.from(cells, (status, cell) =>
    status !== PUBLISHED ? status : segments && segments.guestNights[cell] !== PUBLISHED ? SECONDARY : PUBLISHED,
  );
  const primaries: string[] = [];
  areas.forEach((area, row) => {
    for (let day = 0; day < dayCount; day++) {
      if (cells[row * dayCount + day] === PRIMARY)
        primaries.push(...(truth.home ? [keyOf(area, from + day, 'home'), keyOf(area, from + day, 'visitors')] : [keyOf(area, from + day)]));
      if (segments?.status.some((status) => status[row * dayCount + day] === PRIMARY)) {
        segments.status.forEach((status, segment) => {
          if (status[row * dayCount + day] === PRIMARY) primaries.push(keyOf(area, from + day, segment === 0 ? 'home' : 'visitors'));
        });
      }
    }
  });
  if (protection === 'none') {
    cells.fill(PUBLISHED);
    guestNightCells.fill(PUBLISHED);
  }
  if (protection === 'primary' || protection === 'rectangle') {
    // Only the small cells themselves (and the guest-nights of a cell with a small segment).
    for (let day = 0; day < dayCount; day++) {
      if (cells[areaCount * dayCount + day] === SECONDARY) cells[areaCount * dayCount + day] = PUBLISHED;
      if (guestNightCells[areaCount * dayCount + day] === SECONDARY && cells[areaCount * dayCount + day] === PUBLISHED)
        guestNightCells[areaCount * dayCount + day] = PUBLISHED;
    }
    for (const name of extraSecondary) {
      const [area, day] = name.split(':');
      const row = areas.indexOf(area!);
      if (row !== -1 && Number(day) >= from && Number(day) <= to)
        cells[row * dayCount + Number(day) - from] = guestNightCells[row * dayCount + Number(day) - from] = SECONDARY;
    }
  }
  const blank = protection === 'blank';
  // The blank way: suppressed cells are missing before anything is summed.
  const observed = blank ? blankSuppressed(grid, guestNightCells) : grid;
  const isObserved = (row: number, day: number) =>
    !Number.isNaN(observed[row * dayCount + day]!) && (row < areaCount || areas.every((_, area) => !Number.isNaN(observed[area * dayCount + day]!)));

  // 2. Equations: devices (persons) and, with segments, visitors (guest-nights).
  const equations: Publication['equations'] = [];
  const devicesOf = (area: string, day: number) =>
    truth.home ? [keyOf(area, from + day, 'home'), keyOf(area, from + day, 'visitors')] : [keyOf(area, from + day)];
  const visitorsOf = (area: string, day: number) => (truth.home ? [keyOf(area, from + day, 'visitors')] : devicesOf(area, day));
  const namesOfRowDays = (row: number, days: number[], of: (area: string, day: number) => string[]) =>
    days.flatMap((day) => (row < areaCount ? of(areas[row]!, day) : areas.flatMap((area) => of(area, day))));
  const valueOfNames = (names: string[]) => names.reduce((sum, name) => sum + trueValue(truth, name), 0);
  const add = (names: string[]) => names.length > 0 && equations.push({ names, value: valueOfNames(names) });
  const figures: Array<[Uint8Array, (area: string, day: number) => string[]]> = [[cells, devicesOf]];
  if (truth.home) figures.push([guestNightCells, visitorsOf]);
  for (const [status, of] of figures) {
    // Cells and region days.
    for (let row = 0; row <= areaCount; row++) {
      for (let day = 0; day < dayCount; day++) if (status[row * dayCount + day] === PUBLISHED && isObserved(row, day)) add(namesOfRowDays(row, [day], of));
    }
    // Aggregates over each group of days.
    const months = calendarMonths(from, dayCount);
    const calendar = buildCalendar(from, dayCount);
    const groupings: Array<[ArrayLike<number>, number]> = [
      [rangeOfPositions(months.monthStart), months.labels.length],
      [yearOfDay(months.monthStart, months.yearOfMonth), months.years.length],
      [calendar.season, calendar.seasonNames.length],
      [calendar.dayType, DAY_TYPES.length],
      [new Uint8Array(dayCount), 1],
    ];
    for (const [groupOfDay, groupCount] of groupings) {
      const masks =
        protection === 'strict' ? suppressAggregates(status, dayCount, [{ groupOfDay, groupCount }])[0]! : new Uint8Array((areaCount + 1) * groupCount);
      for (let row = 0; row <= areaCount; row++) {
        for (let group = 0; group < groupCount; group++) {
          if (masks[row * groupCount + group] !== PUBLISHED) continue;
          const days: number[] = [];
          for (let day = 0; day < dayCount; day++) if (groupOfDay[day] === group && isObserved(row, day)) days.push(day);
          add(namesOfRowDays(row, days, of));
        }
      }
    }
  }
  return { equations, primaries };
}

/**
 * The attacker's system from every publication: a figure that is one count alone makes that
 * count known, and known counts move to the right-hand side of the other figures; the unknowns
 * left are numbered. Figures left without an unknown carry nothing more and are dropped.
 */
export function systemOf(publications: Publication[]): { index: Map<string, number>; known: Map<string, number>; equations: LinearEquation[] } {
  const all = publications.flatMap(({ equations }) => equations);
  const known = new Map<string, number>();
  for (const { names, value } of all) if (names.length === 1) known.set(names[0]!, value);
  const index = new Map<string, number>();
  const equations: LinearEquation[] = [];
  for (const { names, value } of all) {
    let rest = value;
    const terms = new Map<number, number>();
    for (const name of names) {
      if (known.has(name)) {
        rest -= known.get(name)!;
        continue;
      }
      if (!index.has(name)) index.set(name, index.size);
      const unknown = index.get(name)!;
      terms.set(unknown, (terms.get(unknown) ?? 0) + 1);
    }
    if (terms.size > 0) equations.push({ terms: [...terms], value: rest });
  }
  return { index, known, equations };
}

function trueValue(truth: Truth, name: string): number {
  const [area, dayText, part] = name.split(':');
  const offset = Number(dayText) - truth.firstDay;
  if (part === undefined) return truth.devices[area!]![offset]!;
  const home = truth.home![area!]![offset]!;
  return part === 'home' ? home : truth.devices[area!]![offset]! - home;
}

/** The run's segments as grids (home, then visitors), region row summed. */
function segmentsOf(truth: Truth, run: Run): Float64Array[] {
  const dayCount = run.to - run.from + 1;
  const home = new Float64Array((run.areas.length + 1) * dayCount);
  const visitors = new Float64Array((run.areas.length + 1) * dayCount);
  run.areas.forEach((area, row) => {
    for (let day = 0; day < dayCount; day++) {
      const offset = run.from - truth.firstDay + day;
      home[row * dayCount + day] = truth.home![area]![offset]!;
      visitors[row * dayCount + day] = truth.devices[area]![offset]! - truth.home![area]![offset]!;
    }
  });
  return [home, visitors];
}
