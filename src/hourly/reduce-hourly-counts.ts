import { chooseThreads } from '../pool/choose-threads.js';
import { refuseNoRows, type CountColumns } from '../read/count-columns.js';
import type { OnDuplicate } from '../grid/count-grid.js';
import { buildHourGrid, type HourGrid } from './hour-grid.js';
import { runHourTask, runRegionHourTask, type SharedHours } from '../kernels/hour-tasks.js';
import type { HourNumbers } from '../kernels/reduce-hours.js';
import { upliftOf, type Uplift } from '../model/model.js';
import { withholdSmallHours } from '../disclosure/withhold-small-hours.js';

/** Local clock hours `from` ≤ hour < `to` of the night window; the default 02:00–04:00 is hours 2 and 3. */
export interface NightWindow {
  from: number;
  to: number;
}

export const DEFAULT_NIGHT_WINDOW: NightWindow = { from: 2, to: 4 };

/** Hourly counts reduced to local days: what the daily engine and `teleguest peak` read. */
export interface HourlyReduction {
  grid: HourGrid;
  nightWindow: NightWindow;
  /** Persons per device of each segment (1 + uplift). */
  weights: Float64Array;
  /** Persons at the busiest hour, per (area, region last) × day; NaN where a day is incomplete. */
  presence: Float64Array;
  /** That hour's slot in the grid (UTC hour = grid.firstHour + slot); -1 where incomplete. */
  peakSlot: Int32Array;
  /** Devices at the area's busiest hour, per (area × segment) row × day. */
  atPeak: Float64Array;
  /** Mean devices over the night window's hours, per (area × segment) row × day. */
  night: Float64Array;
  /** With a `minCount`: the area-days that had an hour below it, withheld (`withholdSmallHours`). */
  withheld?: Uint8Array;
}

/**
 * Lay hourly counts out by hour (23 and 25 hours on the daylight-saving days, never collapsed)
 * and reduce each Europe/Oslo day to its busiest hour (persons, the hour, each segment's devices
 * then) and its night presence (each segment's mean devices over the night window's hours),
 * for every area and, for the busiest hour, the region. Inline or on worker threads (areas split,
 * then the region's days), with the same kernels and the same result to the byte.
 *
 * @example
 * const reduced = await reduceHourlyCounts(counts, { uplift: 0.06 });
 * reduced.presence[0]; // persons at the first area's busiest hour on the first day
 */
export async function reduceHourlyCounts(
  counts: CountColumns,
  options: { uplift: Uplift; nightWindow?: NightWindow; workers?: number | 'auto'; onDuplicate?: OnDuplicate; minCount?: number },
): Promise<HourlyReduction> {
  refuseNoRows(counts);
  return reduceHourGrid(buildHourGrid(counts, options.onDuplicate ?? 'error'), options);
}

/**
 * `reduceHourlyCounts` on hours already laid out (`buildHourGrid`, or `readHourGrid` straight from a file).
 * With `minCount` above 0, the hours below it are withheld from the grid first, in place.
 *
 * @example
 * const reduced = await reduceHourGrid((await readHourGrid('hourly.csv'))!.grid, { uplift: 0.06 });
 */
export async function reduceHourGrid(
  grid: HourGrid,
  options: { uplift: Uplift; nightWindow?: NightWindow; workers?: number | 'auto'; minCount?: number },
): Promise<HourlyReduction> {
  const withheld = (options.minCount ?? 0) > 0 ? withholdSmallHours(grid, options.minCount!) : undefined;
  const nightWindow = options.nightWindow ?? DEFAULT_NIGHT_WINDOW;
  const areaCount = grid.areaCodes.length;
  const segmentCount = grid.segmentNames.length;
  const { dayCount } = grid;
  // Unsegmented counts have one segment named '' (`HourGrid`): the model's one uplift.
  const segmented = grid.segmentNames[0] !== '';
  const weights = Float64Array.from(grid.segmentNames, (name) => 1 + upliftOf(options.uplift, segmented ? name : undefined));
  const shared = (bytes: number) => new SharedArrayBuffer(bytes);
  const hours: SharedHours = {
    values: grid.values.buffer as SharedArrayBuffer,
    weights,
    dayStart: grid.dayStart,
    localHour: grid.localHour,
    presence: shared((areaCount + 1) * dayCount * 8),
    peakSlot: shared((areaCount + 1) * dayCount * 4),
    atPeak: shared(areaCount * segmentCount * dayCount * 8),
    night: shared(areaCount * segmentCount * dayCount * 8),
  };
  const numbers: HourNumbers = { slotCount: grid.slotCount, dayCount, segmentCount, nightFrom: nightWindow.from, nightTo: nightWindow.to };
  // Hour cells against the daily engine's threshold: the same kernels' share of the work, measured there.
  const threads = chooseThreads(options.workers ?? 'auto', grid.values.length);
  if (threads === 0) {
    runHourTask({ hours, numbers, areaFrom: 0, areaTo: areaCount });
    runRegionHourTask({ hours, numbers, areaCount, dayFrom: 0, dayTo: dayCount });
  } else {
    const { runHoursInPool } = await import('../pool/run-hours-in-pool.js');
    await runHoursInPool(hours, numbers, { areaCount, threads });
  }
  return {
    grid,
    nightWindow,
    weights,
    presence: new Float64Array(hours.presence),
    peakSlot: new Int32Array(hours.peakSlot),
    atPeak: new Float64Array(hours.atPeak),
    night: new Float64Array(hours.night),
    ...(withheld !== undefined && { withheld }),
  };
}
