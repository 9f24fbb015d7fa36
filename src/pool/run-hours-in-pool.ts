import { Piscina } from 'piscina';
import { PoolError } from '../errors.js';
import type { SharedHours } from '../kernels/hour-tasks.js';
import type { HourNumbers } from '../kernels/reduce-hours.js';
import { splitRange } from './split-range.js';

const estimateWorker = new URL('../../workers/estimate-worker.js', import.meta.url).href;

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
  const size = Math.max(1, Math.min(threads, Math.max(areaCount, numbers.dayCount)));
  const pool = new Piscina({ filename: estimateWorker, minThreads: size, maxThreads: size, idleTimeout: 0 });
  const died = new Promise<never>((_, reject) => pool.once('error', reject));
  died.catch(() => {});
  const runAll = async (name: string, tasks: object[]) => {
    try {
      await Promise.race([Promise.all(tasks.map((task) => pool.run(task, { name }))), died]);
    } catch (error) {
      throw new PoolError(`a worker failed in the ${name} step: ${(error as Error).message}`, { cause: error });
    }
  };
  try {
    await runAll('hours', splitRange(areaCount, threads).map(([areaFrom, areaTo]) => ({ hours, numbers, areaFrom, areaTo })));
    await runAll('regionHours', splitRange(numbers.dayCount, threads).map(([dayFrom, dayTo]) => ({ hours, numbers, areaCount, dayFrom, dayTo })));
  } finally {
    await pool.destroy();
  }
}
