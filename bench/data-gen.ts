import { CountColumnsBuilder, type CountColumns } from '../src/count-columns.js';
import type { Model } from '../src/model/model.js';

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
 * SYNTHETIC device counts: `areaCount` areas (codes 1000, 1001, …) × `dayCount` days from
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
      builder.push(firstDay + day, String(1000 + area), '', devices, day * areaCount + area + 2);
    }
  }
  return builder.finish();
}

/** A model shaped like the seed's, with residents per area so every area has guest-nights. */
export function syntheticModel(areaCount: number): Model {
  const byArea: Record<string, number> = {};
  for (let area = 0; area < areaCount; area++) byArea[String(1000 + area)] = 2000 + (area % 7) * 100;
  return { name: 'Synthetic', uplift: 0.06, deductions: { residents: { byArea }, throughTraffic: { byArea } } };
}

/** Hourly benchmark sizes: the hourly fixtures' shape over eight weeks, and all 357 municipalities over 2024. */
export const HOURLY_SIZES = {
  small: { areaCount: 6, dayCount: 56 },
  large: { areaCount: 357, dayCount: 366 },
} as const;

/**
 * SYNTHETIC hourly device counts: `areaCount` areas (codes 1000, 1001, …) × every hour of
 * `dayCount` days from 2024-01-01 (both clock changes in a year), about 1 % blank cells.
 */
export function syntheticHourlyCounts(areaCount: number, dayCount: number, seed = 1): CountColumns {
  const next = random(seed);
  const builder = new CountColumnsBuilder('synthetic-hourly', 'line', 1024, false, true);
  const firstHour = 473_351; // 2024-01-01T00:00+01:00, local midnight, as a UTC hour number (2023-12-31T23:00Z)
  const hours = dayCount * 24 - 1; // near enough: ends on the last day's 23:00 unless a clock change shifts it
  const areas = Array.from({ length: areaCount }, (_, area) => builder.areaIndexOf(String(1000 + area), ''));
  for (let hour = 0; hour < hours; hour++) {
    for (let area = 0; area < areaCount; area++) {
      const devices = next() < 0.01 ? NaN : Math.round(200 + next() * 20000) / 2;
      builder.pushHourRow(areas[area]!, -1, devices, hour * areaCount + area + 2, firstHour + hour, false);
    }
  }
  return builder.finish();
}
