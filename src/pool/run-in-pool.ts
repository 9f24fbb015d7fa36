import { Piscina } from 'piscina';
import { PoolError } from '../errors.js';
import type { ModelNumbers } from '../kernels/apply-model.js';
import type { SharedGrid } from '../kernels/tasks.js';
import { splitRange } from './split-range.js';

const estimateWorker = new URL('../../workers/estimate-worker.js', import.meta.url).href;

/**
 * Run the two kernels on `threads` worker threads over the shared grid: first the region's
 * daily sums split by days, then the model split by rows. Buffers are shared, not copied;
 * the workers write disjoint parts of them. The pool is closed before returning.
 *
 * `workerFile` replaces the worker, for tests that make one fail.
 *
 * @example
 * await runInPool(grid, numbers, { areaCount: 6, threads: 2 });
 */
export async function runInPool(
  grid: SharedGrid,
  numbers: ModelNumbers,
  { areaCount, threads, workerFile = estimateWorker }: { areaCount: number; threads: number; workerFile?: string },
): Promise<void> {
  const { dayCount } = numbers;
  // No more threads than there are pieces of work: starting a thread costs milliseconds.
  const size = Math.max(1, Math.min(threads, dayCount, areaCount + 1));
  const pool = new Piscina({ filename: workerFile, minThreads: size, maxThreads: size, idleTimeout: 0 });
  // A worker that dies outside a task (it cannot load, say) is reported only as an 'error'
  // event, which would otherwise crash the process; it fails the run instead.
  const died = new Promise<never>((_, reject) => pool.once('error', reject));
  died.catch(() => {});
  try {
    await runAll(pool, died, 'region', splitRange(dayCount, threads).map(([dayFrom, dayTo]) => ({ grid, areaCount, dayCount, dayFrom, dayTo })));
    await runAll(pool, died, 'model', splitRange(areaCount + 1, threads).map(([rowFrom, rowTo]) => ({ grid, numbers, rowFrom, rowTo })));
  } finally {
    await pool.destroy();
  }
}

async function runAll(pool: Piscina, died: Promise<never>, name: string, tasks: object[]): Promise<void> {
  try {
    await Promise.race([Promise.all(tasks.map((task) => pool.run(task, { name }))), died]);
  } catch (error) {
    throw new PoolError(`a worker failed in the ${name} step: ${(error as Error).message}`, { cause: error });
  }
}
