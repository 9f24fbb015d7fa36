import type { OnDuplicate } from './count-grid.js';

/** What `placeCell` did: the cell's first value, a duplicate, or a sum of an observed part and a missing one. */
export const FIRST = 0;
export const DUPLICATE = 1;
export const MISSING_PART = 2;
export type Placed = typeof FIRST | typeof DUPLICATE | typeof MISSING_PART;

/**
 * Put one row's value into its grid cell and mark the cell seen (a bitmap, since a blank value is
 * NaN like an empty cell). A second value for a seen cell is a duplicate: `last` keeps it (a blank
 * later row leaves the cell missing), `sum` adds it, `error` leaves the cell for the caller to
 * report. A sum with a missing part (blank or suppressed) is missing, as a day is when a segment
 * is (`combineSegments`): `MISSING_PART` says this sum put an observed part and a missing one
 * together, so the caller can count the cells that became missing so (a cell can be told more
 * than once). Shared by the daily and the hourly grids.
 *
 * @example
 * const grid = Float64Array.of(NaN), seen = new Uint8Array(1);
 * placeCell(grid, seen, 0, 5, 'sum'); // FIRST; grid [5]
 * placeCell(grid, seen, 0, 2, 'sum'); // DUPLICATE; grid [7]
 * placeCell(grid, seen, 0, NaN, 'sum'); // MISSING_PART; grid [NaN]
 */
export function placeCell(grid: Float64Array, seen: Uint8Array, cell: number, value: number, onDuplicate: OnDuplicate): Placed {
  const bit = 1 << (cell & 7);
  if ((seen[cell >> 3]! & bit) === 0) {
    seen[cell >> 3]! |= bit;
    grid[cell] = value;
    return FIRST;
  }
  if (onDuplicate === 'last') grid[cell] = value;
  else if (onDuplicate === 'sum') {
    const before = grid[cell]!;
    grid[cell] = before + value;
    // Exactly one of the two missing: observed and missing parts met in this cell.
    if (Number.isNaN(before) !== Number.isNaN(value)) return MISSING_PART;
  }
  return DUPLICATE;
}
