import { Piscina } from 'piscina';
import { PoolError } from '../errors.js';

/** The worker every pool runs: a shim re-exporting the kernels' task functions by name. */
export const ESTIMATE_WORKER = new URL('../../workers/estimate-worker.js', import.meta.url).href;

/** A pool of threads (`openPool`): `run` runs named tasks on it (giving their results, in order); `close` ends it. */
export interface Pool {
  size: number;
  run: (name: string, tasks: object[]) => Promise<unknown[]>;
  close: () => Promise<void>;
}

/**
 * Start a pool of `size` threads (at least 1), each loading `workerFile` at once. A task that
 * fails, or a worker that dies outside a task (it cannot load, say, which Piscina reports only as
 * an 'error' event that would otherwise crash the process), fails the run with a `PoolError`
 * whose `cause` is the worker's error. The caller closes it.
 *
 * @example
 * const pool = openPool(2, ESTIMATE_WORKER);
 * try {
 *   await pool.run('model', [{ grid, numbers, rowFrom: 0, rowTo: 7 }]);
 * } finally {
 *   await pool.close();
 * }
 */
export function openPool(size: number, workerFile: string): Pool {
  const threads = Math.max(1, size);
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  // Every worker that dies sends its own 'error' (two that cannot load, two events): each must find
  // a listener until the pool is destroyed, or the later one crashes the process. The first decides.
  const died = new Promise<never>((_, reject) => pool.on('error', reject));
  died.catch(() => {});
  const run = async (name: string, tasks: object[]) => {
    try {
      return await Promise.race([Promise.all(tasks.map((task) => pool.run(task, { name }) as Promise<unknown>)), died]);
    } catch (error) {
      throw new PoolError(`a worker failed in the ${name} step: ${(error as Error).message}`, { cause: error });
    }
  };
  return { size: threads, run, close: () => pool.destroy() };
}

/**
 * Start a pool of `size` threads (`openPool`), hand `work` a way to run named tasks on it, and close it.
 *
 * @example
 * await withPool(2, ESTIMATE_WORKER, (run) => run('model', [{ grid, numbers, rowFrom: 0, rowTo: 7 }]));
 */
export async function withPool(
  size: number,
  workerFile: string,
  work: (run: (name: string, tasks: object[]) => Promise<unknown[]>) => Promise<void>,
): Promise<void> {
  const pool = openPool(size, workerFile);
  try {
    await work(pool.run);
  } finally {
    await pool.close();
  }
}
