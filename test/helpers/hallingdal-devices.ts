import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/**
 * The Hallingdal fixture's regional devices per complete day (every area observed), summed
 * straight from the CSV text: the D̄ of the closed forms, worked out without src/.
 */
export function hallingdalRegionDevices(): { days: number; meanDevices: number } {
  const lines = readFileSync(join(repoRoot, 'fixtures/hallingdal/counts.csv'), 'utf8').trimEnd().split('\n').slice(1);
  const areas = new Set<string>();
  const byDate = new Map<string, { sum: number; observed: number }>();
  for (const line of lines) {
    const [date, area, , devices] = line.split(',');
    areas.add(area!);
    const entry = byDate.get(date!) ?? { sum: 0, observed: 0 };
    if (devices !== undefined && devices.trim() !== '') {
      entry.sum += Number(devices);
      entry.observed++;
    }
    byDate.set(date!, entry);
  }
  const complete = [...byDate.values()].filter((entry) => entry.observed === areas.size);
  return { days: complete.length, meanDevices: complete.reduce((sum, entry) => sum + entry.sum, 0) / complete.length };
}

/** mulberry32: a tiny seeded PRNG of uniform numbers in [0, 1), independent of the product's xoroshiro. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-quantile of sorted values, type 7 (numpy's default): linear between order statistics. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
