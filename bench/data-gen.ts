import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { osloUtcHour } from '../src/clock/oslo-utc-hour.js';
import { osloLocalHour } from '../src/clock/oslo-local-hour.js';
import { CountColumnsBuilder, type CountColumns } from '../src/read/count-columns.js';
import { formatDay } from '../src/clock/day-number.js';
import type { Model, ParameterRange } from '../src/model/model.js';

/** Benchmark sizes: the Hallingdal fixture's shape, and all 357 municipalities over ten years. */
export const SIZES = {
  small: { areaCount: 6, dayCount: 547 },
  medium: { areaCount: 100, dayCount: 3653 },
  large: { areaCount: 357, dayCount: 3653 },
} as const;

/** mulberry32: seeded, so every run benchmarks the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * SYNTHETIC device counts: `areaCount` areas (codes 9000, 9001, …: no municipality has had such a code, so none is recoded) × `dayCount` days from
 * 2015-01-01, decimals, about 1 % blank cells, rows shuffled by area so the grid scatter is
 * not a straight copy.
 */
export function syntheticCounts(areaCount: number, dayCount: number, seed = 1): CountColumns {
  const next = random(seed);
  const builder = new CountColumnsBuilder('synthetic', 'line');
  const firstDay = 16436; // 2015-01-01
  for (let day = 0; day < dayCount; day++) {
    for (let area = 0; area < areaCount; area++) {
      const devices = next() < 0.01 ? NaN : Math.round(200 + next() * 20000) / 2;
      builder.push(firstDay + day, String(9000 + area), '', devices, day * areaCount + area + 2);
    }
  }
  return builder.finish();
}

/**
 * Counts as a plain CSV (blank for NaN), written in pieces (a 3 M-row string would be large);
 * returns the rows. Daily counts as `date,area,devices`; hourly ones as `date,hour,area,devices`
 * with the local date and clock hour, rows in time order, so on the October day each area's first
 * 02 is the summer-time hour, as the readers expect.
 */
export function writeCsv(file: string, counts: CountColumns): number {
  const { utcHour } = counts;
  const parts: string[] = [utcHour === undefined ? 'date,area,devices\n' : 'date,hour,area,devices\n'];
  for (let i = 0; i < counts.length; i++) {
    const devices = counts.devices[i]!;
    const hour = utcHour === undefined ? '' : `${osloLocalHour(utcHour[i]!) - counts.day[i]! * 24},`;
    parts.push(`${formatDay(counts.day[i]!)},${hour}${counts.areaCodes[counts.area[i]!]},${Number.isNaN(devices) ? '' : devices}\n`);
  }
  writeFileSync(file, parts.join(''));
  return counts.length;
}

/** A model shaped like the plan's, with residents per area so every area has guest-nights. */
export function syntheticModel(areaCount: number): Model {
  const byArea: Record<string, number> = {};
  for (let area = 0; area < areaCount; area++) byArea[String(9000 + area)] = 2000 + (area % 7) * 100;
  return { name: 'Synthetic', uplift: 0.06, deductions: { residents: { byArea }, throughTraffic: { byArea } } };
}

/**
 * The synthetic model with ranges for the draws: the uplift 4–9 %, every area's residents from
 * −10 % to +15 % (one range per area), and a month factor 0.5–1.5 on through-traffic for each
 * calendar month: areas + 13 ranges, all triangular.
 */
export function nationalRangesModel(areaCount: number): Model {
  const base = syntheticModel(areaCount);
  const residents = (base.deductions.residents as { byArea: Record<string, number> }).byArea;
  const triangle = (name: string, value: number, min: number, max: number, site: ParameterRange['site']): ParameterRange => ({
    name,
    site,
    value,
    dist: 'triangular',
    min,
    max,
  });
  return {
    ...base,
    deductions: { ...base.deductions, throughTraffic: { byArea: residents, month: Array(12).fill(1) } },
    ranges: [
      triangle('uplift', 0.06, 0.04, 0.09, { kind: 'uplift' }),
      ...Object.entries(residents).map(([area, value]) =>
        triangle(`deductions.residents.byArea.${area}`, value, value * 0.9, value * 1.15, { kind: 'base', deduction: 'residents', area }),
      ),
      ...Array.from({ length: 12 }, (_, month) =>
        triangle(`deductions.throughTraffic.month[${month}]`, 1, 0.5, 1.5, { kind: 'month', deduction: 'throughTraffic', index: month }),
      ),
    ],
  };
}

/**
 * `nationalRangesModel` as a user writes it in a model file (each range in place of its value:
 * `{ "value": 0.06, "min": 0.04, "max": 0.09 }`), for the CLI: `readModel` gives back the same model.
 */
export function nationalRangesModelFile(areaCount: number): object {
  const residents = (syntheticModel(areaCount).deductions.residents as { byArea: Record<string, number> }).byArea;
  const triangle = (value: number, min: number, max: number) => ({ value, min, max });
  return {
    name: 'Synthetic',
    uplift: triangle(0.06, 0.04, 0.09),
    deductions: {
      residents: { byArea: Object.fromEntries(Object.entries(residents).map(([area, value]) => [area, triangle(value, value * 0.9, value * 1.15)])) },
      throughTraffic: { byArea: residents, month: Array.from({ length: 12 }, () => triangle(1, 0.5, 1.5)) },
    },
  };
}

/**
 * SYNTHETIC hourly counts straight to a `date,hour,area,devices` CSV, without holding the rows:
 * `areaCount` areas × every hour the clock shows on `dayCount` local days from `firstDay`, in
 * time order (the October day's first 02 is the summer-time hour), about 1 % blank cells. For
 * files too large to build as columns (357 areas × ten years is 31 M rows, ~760 MB). Returns the rows.
 */
export function writeHourlyCsv(file: string, areaCount: number, firstDay: number, dayCount: number, seed = 1): number {
  const next = random(seed);
  const fd = openSync(file, 'w');
  let rows = 0;
  try {
    writeSync(fd, 'date,hour,area,devices\n');
    const codes = Array.from({ length: areaCount }, (_, area) => String(9000 + area));
    const to = osloUtcHour(firstDay + dayCount, 0);
    for (let utcHour = osloUtcHour(firstDay, 0); utcHour < to; utcHour++) {
      const local = osloLocalHour(utcHour);
      const day = Math.floor(local / 24);
      const prefix = `${formatDay(day)},${local - day * 24},`;
      const lines: string[] = [];
      for (const code of codes) {
        const devices = next() < 0.01 ? NaN : Math.round(200 + next() * 20000) / 2;
        lines.push(`${prefix}${code},${Number.isNaN(devices) ? '' : devices}\n`);
      }
      writeSync(fd, lines.join(''));
      rows += areaCount;
    }
  } finally {
    closeSync(fd);
  }
  return rows;
}

const FIRST_DAY_2024 = 19_723; // 2024-01-01
// 2024-01-01T00:00+01:00, local midnight, as a UTC hour number (2023-12-31T23:00Z).
const FIRST_HOUR_2024 = 473_351;

/** Hours from local midnight of 2024-01-01 to local midnight after `dayCount` days: 24 a day, less 1 for the March day, plus 1 for the October day. */
export function hoursOfLocalDays(dayCount: number): number {
  return osloUtcHour(FIRST_DAY_2024 + dayCount, 0) - FIRST_HOUR_2024;
}

/** Hourly benchmark sizes: the hourly fixtures' shape over eight weeks, and all 357 municipalities over 2024. */
export const HOURLY_SIZES = {
  small: { areaCount: 6, dayCount: 56 },
  large: { areaCount: 357, dayCount: 366 },
} as const;

/**
 * SYNTHETIC hourly device counts: `areaCount` areas (codes 9000, 9001, …: no municipality has had such a code, so none is recoded) × `hourCount` hours
 * from local midnight of 2024-01-01 (both clock changes in a year), about 1 % blank cells, rows
 * in time order. `hourCount` defaults to `dayCount` × 24 − 1 (near enough for the kernel
 * benchmarks); `hoursOfLocalDays(dayCount)` is every hour the clock shows on those days.
 */
export function syntheticHourlyCounts(areaCount: number, dayCount: number, seed = 1, hourCount = dayCount * 24 - 1): CountColumns {
  const next = random(seed);
  const builder = new CountColumnsBuilder('synthetic-hourly', 'line', 1024, false, true);
  const areas = Array.from({ length: areaCount }, (_, area) => builder.areaIndexOf(String(9000 + area), ''));
  for (let hour = 0; hour < hourCount; hour++) {
    for (let area = 0; area < areaCount; area++) {
      const devices = next() < 0.01 ? NaN : Math.round(200 + next() * 20000) / 2;
      builder.pushHourRow(areas[area]!, -1, devices, hour * areaCount + area + 2, FIRST_HOUR_2024 + hour, false);
    }
  }
  return builder.finish();
}
