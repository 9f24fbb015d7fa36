import { availableParallelism } from 'node:os';

/**
 * Below this many grid cells ((areas + 1) × days, or hour cells) `workers: 'auto'` runs inline.
 * Measured on 2 cores (`npm run bench:threshold`, docs/performance.md): the kernels are a small
 * part of a whole estimate (building the grid and the summary are serial), so a pool of 2 was
 * 1.04–1.82× slower than inline at every size up to 15.7 M cells. The pool is used only above that range.
 */
export const INLINE_BELOW_CELLS = 16_000_000;

/**
 * The most threads a pool may start: one per core the process may use. More threads than cores
 * only share them and cost memory (each worker is a whole V8 heap): `--workers 100000` must
 * never start hundreds of threads.
 *
 * @example
 * maxThreads(); // 2 on a 2-core machine
 */
export function maxThreads(): number {
  return availableParallelism();
}

/**
 * What to tell the user when `workers` asks for more threads than `maxThreads` allows, or
 * undefined when it does not: the CLI prints it as a note.
 *
 * @example
 * workersNote(100_000); // '--workers 100000 is more than the 2 cores this machine offers; using 2'
 */
export function workersNote(workers: number | 'auto'): string | undefined {
  if (workers === 'auto' || !(workers > maxThreads())) return undefined;
  return `--workers ${workers} is more than the ${maxThreads()} cores this machine offers; using ${maxThreads()}`;
}

/** `workers` checked (a whole number ≥ 0) and capped at `maxThreads`. */
function capped(workers: number): number {
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`options.workers must be a whole number ≥ 0 or 'auto', got ${workers}`);
  return Math.min(workers, maxThreads());
}

/**
 * Threads for the grid's kernels: `workers` as asked (0 runs inline) up to one per core
 * (`maxThreads`), or with `'auto'` inline below `INLINE_BELOW_CELLS` and one per core above.
 *
 * @example
 * chooseThreads('auto', 3829); // 0
 * chooseThreads(2, 3829);      // 2
 */
export function chooseThreads(workers: number | 'auto', cells: number): number {
  if (workers === 'auto') return cells < INLINE_BELOW_CELLS ? 0 : availableParallelism();
  return capped(workers);
}

/**
 * Threads for the draws: as asked up to one per core, or with `'auto'` one per core but the
 * calling thread's (which takes pieces of rows beside the pool's), at most 8, from half a million
 * row-draws (rows × draws). Measured (docs/performance.md): 10 000 draws on the Hallingdal
 * fixture's 7 rows take ~0.13 s inline and ~0.5 s in a pool (whose workers start cold); 2 000
 * draws on the national grid's 358 rows gain from 2 threads on, most at 8 (3.25× on a 16-core
 * machine; 16 threads gave less); 10 000 on 2 cores take the whole process 2.9 s with one pool
 * thread and 3.6 s with two.
 *
 * @example
 * chooseDrawThreads('auto', 7 * 10_000); // 0
 * chooseDrawThreads('auto', 358 * 10_000); // 1 on a 2-core machine
 */
export function chooseDrawThreads(workers: number | 'auto', rowDraws: number): number {
  if (workers !== 'auto') return capped(workers);
  return rowDraws < 500_000 ? 0 : Math.min(availableParallelism() - 1, 8);
}

/**
 * Threads that read a plain CSV in parts (`scanInParallel`): as asked up to one per core, where 0 or 1 reads it whole
 * on this thread; `'auto'` reads it whole. Measured on 2 cores (docs/performance.md): reading in
 * two parts is slower up to ~100 MB (the pool starts, its thread scans cold, its columns are
 * copied back), 15 % faster on a 400 MB file, and no faster on the whole 1.5 GB estimate, whose
 * peak memory it raises by a fifth; more cores are not measured.
 *
 * @example
 * chooseScanThreads('auto'); // 0
 */
export function chooseScanThreads(workers: number | 'auto'): number {
  return workers === 'auto' ? 0 : capped(workers);
}
