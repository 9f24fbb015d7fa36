/**
 * What happens to one published figure under disclosure control, one byte per figure:
 * `PUBLISHED` (shown exact), `PRIMARY` (rests on fewer than the threshold's devices), or
 * `SECONDARY` (would let a reader work out a primary one, alone or with another run's figures).
 */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;

/** A suppression status: `PUBLISHED`, `PRIMARY` or `SECONDARY`. */
export type SuppressionStatus = typeof PUBLISHED | typeof PRIMARY | typeof SECONDARY;

/**
 * The mark a table for people prints for a withheld figure: the symbol Statistics Norway's tables
 * use for a figure not published for confidentiality (never 0, never a blank left unexplained).
 */
export const WITHHELD_MARK = ':';

/** The reasons as words, indexed by status: what a writer prints beside a suppressed figure. */
export const SUPPRESSION_REASONS = ['published', 'primary', 'secondary'] as const;

/**
 * The fewest devices a published figure may rest on: 16, so that 15 or fewer are suppressed,
 * as FlowKit redacts (Flowminder/FlowKit#1026, #1552), rather than the 5 below which Telia
 * Crowd Insights drops cells before delivery; docs/disclosure.md gives the reasoning.
 */
export const DEFAULT_THRESHOLD = 16;

/** Options of every suppression step. */
export interface SuppressionOptions {
  /** A figure resting on fewer devices than this is suppressed (default `DEFAULT_THRESHOLD`). */
  threshold?: number;
}

/**
 * Check a threshold at the edge, as option errors read elsewhere.
 *
 * @example
 * thresholdOf({}); // 16
 * thresholdOf({ threshold: 0 }); // throws RangeError: options.threshold must be a positive number
 */
export function thresholdOf(options: SuppressionOptions): number {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0) || !Number.isFinite(threshold)) throw new RangeError('options.threshold must be a positive number');
  return threshold;
}

/**
 * The cells of a status array that are not `PUBLISHED`, ascending: one scan, four cells at a
 * time where they are all published (suppressed cells are rare), so every later step costs
 * what is suppressed, not the size of the grid.
 *
 * @example
 * suppressedCells(Uint8Array.of(0, 0, 1, 0, 0, 0, 0, 0, 2)); // Int32Array [2, 8]
 */
export function suppressedCells(status: Uint8Array): Int32Array {
  const found: number[] = [];
  // A word view needs 4-byte alignment; a status array made on its own always has it.
  const words = status.byteOffset % 4 === 0 ? new Uint32Array(status.buffer, status.byteOffset, status.length >> 2) : new Uint32Array(0);
  for (let word = 0; word < words.length; word++) {
    if (words[word] === 0) continue;
    for (let cell = word << 2; cell < (word + 1) << 2; cell++) if (status[cell] !== PUBLISHED) found.push(cell);
  }
  for (let cell = words.length << 2; cell < status.length; cell++) if (status[cell] !== PUBLISHED) found.push(cell);
  return Int32Array.from(found);
}
