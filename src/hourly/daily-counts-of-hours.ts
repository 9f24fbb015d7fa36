import type { CountColumns } from '../read/count-columns.js';
import type { HourlyReduction } from './reduce-hourly-counts.js';

/**
 * Daily counts made from reduced hourly counts, for the daily engine: one row per area,
 * segment and local day, with `values` (per (area × segment) row × day, such as the reduction's
 * `night` or `atPeak`) as devices; NaN where the day or night was incomplete, which the engine
 * treats as a missing observation. Lines are 0: these rows are made, not read.
 *
 * @example
 * const daily = dailyCountsOfHours(reduced, reduced.night, 'counts.csv');
 * daily.length; // areas × segments × days
 */
export function dailyCountsOfHours(reduction: HourlyReduction, values: Float64Array, source: string): CountColumns {
  const { grid } = reduction;
  const { dayCount, firstDay } = grid;
  const segmentCount = grid.segmentNames.length;
  const rows = grid.areaCodes.length * segmentCount;
  const length = rows * dayCount;
  const day = new Int32Array(length);
  const area = new Int32Array(length);
  const segment = new Int32Array(length);
  for (let row = 0; row < rows; row++) {
    for (let d = 0; d < dayCount; d++) {
      const at = row * dayCount + d;
      day[at] = firstDay + d;
      area[at] = Math.floor(row / segmentCount);
      segment[at] = row % segmentCount;
    }
  }
  const segmented = segmentCount > 1 || grid.segmentNames[0] !== '';
  return {
    source,
    lineKind: 'line',
    length,
    day,
    area,
    devices: values.slice(0, length),
    line: new Int32Array(length),
    areaCodes: grid.areaCodes,
    areaNames: grid.areaNames,
    rejectedRows: 0,
    ...(segmented && { segments: { segment, segmentNames: grid.segmentNames } }),
  };
}
