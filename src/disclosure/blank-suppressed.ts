import { suppressedCells } from './suppression-status.js';

/**
 * A copy of a devices grid with every suppressed cell made missing (NaN), region row included:
 * estimated from it, every figure teleguest prints (daily cells, the region's days, months,
 * years, seasons, day types, means) is computed from published counts only, as for any day
 * without an observation, so no run, or set of runs, can carry a suppressed count. The copy is
 * backed by a `SharedArrayBuffer` when the grid is, so the pool reads it in place. Pass the
 * grid itself as `target` to blank it in place (a run's own grid, read no more as it was).
 *
 * @example
 * const grid = Float64Array.of(500, 3,  900, 950,  1400, 953);
 * blankSuppressed(grid, suppressGrid(grid, 2, 2).status); // [500, NaN, 900, 950, 1400, NaN]
 */
export function blankSuppressed(devices: Float64Array, status: Uint8Array, target?: Float64Array): Float64Array {
  let blank = target;
  if (blank === undefined) {
    blank = new Float64Array(devices.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(devices.byteLength) : new ArrayBuffer(devices.byteLength));
    blank.set(devices);
  } else if (blank !== devices) blank.set(devices);
  for (const cell of suppressedCells(status)) blank[cell] = NaN;
  return blank;
}
