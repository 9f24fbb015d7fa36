import type { ModelNumbers } from '../kernels/apply-model.js';
import type { SharedGrid } from '../kernels/tasks.js';
import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';
import { splitRange } from './split-range.js';
import { ESTIMATE_WORKER, withPool } from './with-pool.js';

/**
 * Run the model kernel on `threads` worker threads over the shared grid's `rows` (the areas and
 * the region, whose daily sums are in place), split by rows. Buffers are shared, not copied;
 * the workers write disjoint parts of them. The pool is closed before returning.
 *
 * `workerFile` replaces the worker, for tests that make one fail.
 *
 * @example
 * await runInPool(grid, numbers, { rows: 7, threads: 2 });
 */
export async function runInPool(
  grid: SharedGrid,
  numbers: ModelNumbers,
  { rows, threads, workerFile = ESTIMATE_WORKER }: { rows: number; threads: number; workerFile?: string },
): Promise<void> {
  // No more threads than there are pieces of work: starting a thread costs milliseconds.
  await withPool(Math.min(threads, rows), workerFile, async (run) => {
    await run(
      'model',
      splitRange(rows, threads).map(([rowFrom, rowTo]) => ({ grid, numbers, rowFrom, rowTo })),
    );
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
export async function runDrawsInPool(
  columns: DrawColumns,
  numbers: DrawNumbers,
  { rows, threads, workerFile = ESTIMATE_WORKER }: { rows: number; threads: number; workerFile?: string },
): Promise<void> {
  await withPool(
    Math.min(threads, rows),
    workerFile,
    async (run) =>
      void (await run(
        'draws',
        splitRange(rows, threads * 8).map(([rowFrom, rowTo]) => ({ columns, numbers, rowFrom, rowTo })),
      )),
  );
}
