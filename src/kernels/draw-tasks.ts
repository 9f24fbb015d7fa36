import { evaluateDraws, type DrawColumns, type DrawNumbers } from './evaluate-draws.js';

/** Evaluate the draws for a range of grid rows. */
export interface DrawTask {
  /** Typed arrays over shared buffers: posted to a worker, they are shared, not copied. */
  columns: DrawColumns;
  numbers: DrawNumbers;
  rowFrom: number;
  rowTo: number;
}

/**
 * Run a draw task: the same function serves the inline path and the worker shim.
 *
 * @example
 * runDrawTask({ columns, numbers, rowFrom: 0, rowTo: 7 });
 */
export function runDrawTask(task: DrawTask): void {
  evaluateDraws(task.columns, task.numbers, task.rowFrom, task.rowTo);
}
