import type { GridSuppression } from './suppress-grid.js';
import { PRIMARY, PUBLISHED, SECONDARY, suppressedCells } from './suppression-status.js';

/**
 * The suppression of a grid whose small counts were withheld where it was laid out (the blank
 * way at the source: `markSmallCounts(…, true)` on each segment's grid, `withholdSmallHours` on
 * hourly counts), read off the grid as it was estimated (`devices`, the region's row summed;
 * `filled`, the model's `fill`):
 * - `PRIMARY`: an area-day marked in `withheld` (its count, a segment's or an hour's was below
 *   the threshold) that is missing for it, or that `fill` imputed from the published days
 *   around it; an hourly day whose withheld hours its value does not use stays published;
 * - `SECONDARY`: a region day that is missing only because area-days are withheld (the region
 *   less the published areas would give them back); a day with an area unobserved as well is
 *   missing, not suppressed.
 *
 * @example
 * // 2 areas × 2 days, then the region's row: area 0's day 1 was withheld
 * withheldStatus(Uint8Array.of(0, 1,  0, 0,  0, 0), Float64Array.of(500, NaN,  900, 950,  1400, NaN), new Uint8Array(6), 2, 2, 16).status;
 * // [0, 1,  0, 0,  0, 2]
 */
export function withheldStatus(
  withheld: Uint8Array,
  devices: Float64Array,
  filled: Uint8Array,
  areaCount: number,
  dayCount: number,
  threshold: number,
): GridSuppression {
  const status = new Uint8Array((areaCount + 1) * dayCount);
  const region = areaCount * dayCount;
  let primaryCells = 0;
  for (const cell of suppressedCells(withheld)) {
    if (cell >= region) break;
    if (!Number.isNaN(devices[cell]!) && filled[cell] !== 1) continue;
    status[cell] = PRIMARY;
    primaryCells++;
  }
  if (primaryCells === 0) return { status, primaryCells, secondaryCells: 0, threshold };
  // Per day: 1 where an area is missing for a reason of its own, 2 where only withheld ones are.
  // Row by row, in memory order: a day's column would stride the grid.
  const why = new Uint8Array(dayCount);
  for (let cell = 0; cell < region; cell++) {
    if (!Number.isNaN(devices[cell]!)) continue;
    const day = cell % dayCount;
    why[day] = status[cell] === PUBLISHED || why[day] === 1 ? 1 : 2;
  }
  let secondaryCells = 0;
  for (let day = 0; day < dayCount; day++) {
    if (why[day] !== 2 || !Number.isNaN(devices[region + day]!)) continue;
    status[region + day] = SECONDARY;
    secondaryCells++;
  }
  return { status, primaryCells, secondaryCells, threshold };
}
