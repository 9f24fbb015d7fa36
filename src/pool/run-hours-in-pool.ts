import type { SharedHours } from '../kernels/hour-tasks.js';
import type { HourNumbers } from '../kernels/reduce-hours.js';
import { splitRange } from './split-range.js';
import { ESTIMATE_WORKER, withPool } from './with-pool.js';

/**
 * Reduce the hour grid to days on `threads` worker threads: areas split between them (each
 * area's days and segments in one task), then the region's busiest hours split by days. The
 * grid and the outputs are shared buffers written in disjoint parts; the pool is closed before
 * returning.
 *
 * @example
 * await runHoursInPool(hours, numbers, { areaCount: 3, threads: 2 });
 */
export async function runHoursInPool(hours: SharedHours, numbers: HourNumbers, { areaCount, threads }: { areaCount: number; threads: number }): Promise<void> {
  await withPool(Math.min(threads, Math.max(areaCount, numbers.dayCount)), ESTIMATE_WORKER, async (run) => {
    await run(
      'hours',
      splitRange(areaCount, threads).map(([areaFrom, areaTo]) => ({ hours, numbers, areaFrom, areaTo })),
    );
    await run(
      'regionHours',
      splitRange(numbers.dayCount, threads).map(([dayFrom, dayTo]) => ({ hours, numbers, areaCount, dayFrom, dayTo })),
    );
  });
}
