import { markSmallCounts } from './mark-small-counts.js';
import { PUBLISHED, SECONDARY, suppressedCells, thresholdOf, type SuppressionOptions } from './suppression-status.js';

/** The suppression of a devices grid (areas × days, the region's row last), cell by cell. */
export interface GridSuppression {
  /** `PUBLISHED`, `PRIMARY` or `SECONDARY` per grid cell, laid out as the grid. */
  status: Uint8Array;
  /** Cells below the threshold (areas and region). */
  primaryCells: number;
  /** Region days that are not small themselves but hold a small area cell. */
  secondaryCells: number;
  threshold: number;
}

/**
 * Disclosure control of a devices grid as `estimate` lays it out (`areaCount` rows of
 * `dayCount` days, then the region's row, already summed). Primary: every cell below the
 * threshold. Secondary: the region's day on which an area cell is primary, since the region
 * minus the published areas would give the small cell back (the differencing of
 * Flowminder/FlowKit#5258). The pattern of a cell depends only on its own column, never on
 * which other areas or days a run selected, so overlapping runs suppress alike.
 *
 * The aggregates over days (months, years, seasons, day types, the span) are not in the grid:
 * estimate them from `blankSuppressed`'s grid, or suppress them with `suppressAggregates`.
 *
 * @example
 * // 2 areas × 3 days, then the region's row
 * const grid = Float64Array.of(500, 3, 480,  900, 950, NaN,  1400, 953, NaN);
 * const { status, primaryCells, secondaryCells } = suppressGrid(grid, 2, 3);
 * status; // [0, 1, 0,  0, 0, 0,  0, 2, 0]
 * primaryCells; // 1
 * secondaryCells; // 1
 */
export function suppressGrid(devices: Float64Array, areaCount: number, dayCount: number, options: SuppressionOptions = {}): GridSuppression {
  const threshold = thresholdOf(options);
  const status = new Uint8Array((areaCount + 1) * dayCount);
  const primaryCells = markSmallCounts(devices, threshold, status, 0, status.length);
  let secondaryCells = 0;
  if (primaryCells === 0) return { status, primaryCells, secondaryCells, threshold };
  const region = areaCount * dayCount;
  // Only the small cells are visited: a region day takes SECONDARY once, from its first small area.
  for (const cell of suppressedCells(status)) {
    if (cell >= region) break;
    const day = cell % dayCount;
    // A region day that is missing (an area unobserved) is not published: nothing to suppress.
    if (status[region + day] !== PUBLISHED || Number.isNaN(devices[region + day]!)) continue;
    status[region + day] = SECONDARY;
    secondaryCells++;
  }
  return { status, primaryCells, secondaryCells, threshold };
}
