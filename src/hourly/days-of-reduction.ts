import type { CountGrid } from '../grid/count-grid.js';
import type { HourlyReduction } from './reduce-hourly-counts.js';

/**
 * One segment's daily values of a reduction (such as its `night` or `atPeak`, per (area ×
 * segment) row × day) as a count grid: areas in the hour grid's order, the region's row NaN
 * for the kernels to fill. NaN where the day or the night was incomplete, which the daily
 * engine reads as a missing observation. The hours go to days on the grid, never back to rows.
 *
 * @example
 * const night = dayGridOfReduction(reduction, reduction.night, 0);
 * night.devices[area * night.dayCount + day]; // mean devices in the night window
 */
export function dayGridOfReduction(reduction: HourlyReduction, values: Float64Array, segment: number): CountGrid {
  const { firstDay, dayCount, areaCodes, areaNames, segmentNames } = reduction.grid;
  const areaCount = areaCodes.length;
  const segmentCount = segmentNames.length;
  const devices = new Float64Array(new SharedArrayBuffer((areaCount + 1) * dayCount * Float64Array.BYTES_PER_ELEMENT)).fill(NaN);
  for (let area = 0; area < areaCount; area++) {
    const from = (area * segmentCount + segment) * dayCount;
    devices.set(values.subarray(from, from + dayCount), area * dayCount);
  }
  return { firstDay, dayCount, areaCodes: [...areaCodes], areaNames: [...areaNames], devices, duplicateRows: 0, missingSums: 0 };
}
