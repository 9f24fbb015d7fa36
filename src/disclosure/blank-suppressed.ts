import { PUBLISHED } from './suppression-status.js';

/**
 * A copy of a devices grid with every suppressed cell made missing (NaN), region row included:
 * estimated from it, every figure teleguest prints (daily cells, the region's days, months,
 * years, seasons, day types, means) is computed from published counts only, as for any day
 * without an observation, so no run, or set of runs, can carry a suppressed count. The copy is
 * backed by a `SharedArrayBuffer` when the grid is, so the pool reads it in place.
 *
 * @example
 * const grid = Float64Array.of(500, 3,  900, 950,  1400, 953);
 * blankSuppressed(grid, suppressGrid(grid, 2, 2).status); // [500, NaN, 900, 950, 1400, NaN]
 */
export function blankSuppressed(devices: Float64Array, status: Uint8Array): Float64Array {
  const copy = new Float64Array(devices.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(devices.byteLength) : new ArrayBuffer(devices.byteLength));
  copy.set(devices);
  for (let cell = 0; cell < status.length; cell++) if (status[cell] !== PUBLISHED) copy[cell] = NaN;
  return copy;
}
