import { Piscina } from 'piscina';
import { PoolError } from '../errors.js';
import type { ModelNumbers } from '../kernels/apply-model.js';
import type { SharedGrid } from '../kernels/tasks.js';
import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';
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
  await withPool(Math.min(threads, dayCount, areaCount + 1), workerFile, async (run) => {
    await run('region', splitRange(dayCount, threads).map(([dayFrom, dayTo]) => ({ grid, areaCount, dayCount, dayFrom, dayTo })));
    await run('model', splitRange(areaCount + 1, threads).map(([rowFrom, rowTo]) => ({ grid, numbers, rowFrom, rowTo })));
  });
}

/**
 * Evaluate the draws on `threads` worker threads, split by grid rows (`rows` of them). The
 * columns are typed arrays over shared buffers: the workers write their rows' quantiles in place.
 * Rows differ in cost (the region's row has a term per ranged area value), so they go out in
 * eight pieces per thread, and a thread that finishes early takes the next.
 *
 * @example
 * await runDrawsInPool(columns, numbers, { rows: 7, threads: 2 });
 */
export async function runDrawsInPool(columns: DrawColumns, numbers: DrawNumbers, { rows, threads, workerFile = estimateWorker }: { rows: number; threads: number; workerFile?: string }): Promise<void> {
  await withPool(Math.min(threads, rows), workerFile, (run) => run('draws', splitRange(rows, threads * 8).map(([rowFrom, rowTo]) => ({ columns, numbers, rowFrom, rowTo }))));
}

/** Start a pool of `size` threads (at least 1), hand `work` a way to run named tasks on it, and close it. */
async function withPool(size: number, workerFile: string, work: (run: (name: string, tasks: object[]) => Promise<void>) => Promise<void>): Promise<void> {
  const threads = Math.max(1, size);
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  // A worker that dies outside a task (it cannot load, say) is reported only as an 'error'
  // event, which would otherwise crash the process; it fails the run instead.
  const died = new Promise<never>((_, reject) => pool.once('error', reject));
  died.catch(() => {});
  try {
    await work((name, tasks) => runAll(pool, died, name, tasks));
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
