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
