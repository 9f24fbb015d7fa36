import type { ParameterRange } from '../model/model.js';
import { drawParameters } from '../uncertainty/draw-parameters.js';
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
 * Run a draw task: the inline path evaluates every row with it.
 *
 * @example
 * runDrawTask({ columns, numbers, rowFrom: 0, rowTo: 7 });
 */
export function runDrawTask(task: DrawTask): void {
  evaluateDraws(task.columns, task.numbers, task.rowFrom, task.rowTo);
}

/**
 * The draws' rows in pieces that threads take one at a time from a shared counter, so that a
 * thread that starts late or is slowed takes fewer. Rows are independent: which thread works out
 * a row does not change its numbers.
 */
export interface DrawPieces {
  /** Typed arrays over shared buffers: posted to a worker, they are shared, not copied. */
  columns: DrawColumns;
  numbers: DrawNumbers;
  /** The first row of each piece, then the end of the rows: piece p is `pieceStart[p]` to `pieceStart[p + 1]`. */
  pieceStart: Int32Array;
  /** On a shared buffer: `[0]` is the next piece to take. */
  next: Int32Array;
}

/**
 * Take the next piece and evaluate its rows; false when no piece was left.
 *
 * @example
 * while (runDrawPiece(pieces)) await new Promise((resolve) => setImmediate(resolve));
 */
export function runDrawPiece(pieces: DrawPieces): boolean {
  const piece = Atomics.add(pieces.next, 0, 1);
  if (piece >= pieces.pieceStart.length - 1) return false;
  evaluateDraws(pieces.columns, pieces.numbers, pieces.pieceStart[piece]!, pieces.pieceStart[piece + 1]!);
  return true;
}

/**
 * Take pieces until none is left: the task of each thread of the pool (the worker shim's `drawPieces`).
 *
 * @example
 * runDrawPieces(pieces);
 */
export function runDrawPieces(pieces: DrawPieces): void {
  while (runDrawPiece(pieces));
}

/**
 * Draw the parameters (`drawParameters`): the task a pool thread runs while the calling thread
 * splits the model into terms (the worker shim's `drawParameters`). The values are on a shared
 * buffer, so the caller gets them without a copy.
 *
 * @example
 * const theta = runDrawParametersTask({ ranges: model.ranges!, draws: 10_000, seed: 1 });
 */
export function runDrawParametersTask(task: { ranges: ParameterRange[]; draws: number; seed: number }): Float64Array {
  return drawParameters(task.ranges, task.draws, task.seed);
}
