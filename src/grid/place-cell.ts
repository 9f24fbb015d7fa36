import type { OnDuplicate } from './count-grid.js';

/**
 * Put one row's value into its grid cell and mark the cell seen (a bitmap, since a blank value is
 * NaN like an empty cell). A second value for a seen cell is a duplicate: `last` keeps it, `sum`
 * adds it (a blank adds nothing), `error` leaves the cell for the caller to report. True for a
 * duplicate. Shared by the daily and the hourly grids.
 *
 * @example
 * const grid = Float64Array.of(NaN), seen = new Uint8Array(1);
 * placeCell(grid, seen, 0, 5, 'sum'); // false; grid [5]
 * placeCell(grid, seen, 0, 2, 'sum'); // true; grid [7]
 */
export function placeCell(grid: Float64Array, seen: Uint8Array, cell: number, value: number, onDuplicate: OnDuplicate): boolean {
  const bit = 1 << (cell & 7);
  if ((seen[cell >> 3]! & bit) === 0) {
    seen[cell >> 3]! |= bit;
    grid[cell] = value;
    return false;
  }
  if (onDuplicate === 'last') grid[cell] = value;
  else if (onDuplicate === 'sum') grid[cell] = Number.isNaN(grid[cell]!) ? value : Number.isNaN(value) ? grid[cell]! : grid[cell]! + value;
  return true;
}
