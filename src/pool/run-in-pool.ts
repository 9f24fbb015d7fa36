import type { ModelNumbers } from '../kernels/apply-model.js';
import type { SharedGrid } from '../kernels/tasks.js';
import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';
import { runDrawPiece, type DrawPieces } from '../kernels/draw-tasks.js';
import { splitRange } from './split-range.js';
import { ESTIMATE_WORKER, withPool, type Pool } from './with-pool.js';

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

/** Pieces the draws' rows are cut into: small enough that the threads finish together, few enough that taking one costs nothing beside it. */
const DRAW_PIECES = 100;

/**
 * Evaluate the draws on the threads of `pool` (`openPool`, which the caller closes) and this one,
 * split by grid rows (`rows` of them). The columns are typed arrays over shared buffers: the
 * threads write their rows' quantiles in place. Rows go out in pieces from a shared counter
 * (`DrawPieces`): this thread takes pieces while the pool's threads start and then beside them,
 * letting the pool's messages through between pieces, and a thread that is slowed takes fewer.
 *
 * @example
 * await runDrawsInPool(columns, numbers, { rows: 7, pool: openPool(2, ESTIMATE_WORKER) });
 */
export async function runDrawsInPool(columns: DrawColumns, numbers: DrawNumbers, { rows, pool }: { rows: number; pool: Pool }): Promise<void> {
  const pieceStart = Int32Array.from([...splitRange(rows, DRAW_PIECES).map(([from]) => from), rows]);
  const pieces: DrawPieces = { columns, numbers, pieceStart, next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
  const pooled = pool.run(
    'drawPieces',
    Array.from({ length: pool.size }, () => pieces),
  );
  // Heard now, so that a failure while this thread works is not an unhandled rejection; awaited below.
  pooled.catch(() => {});
  while (runDrawPiece(pieces)) await new Promise((resolve) => setImmediate(resolve));
  await pooled;
}
