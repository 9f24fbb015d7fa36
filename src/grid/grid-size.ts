import { InputError } from '../errors.js';

/**
 * The most cells (8 bytes each) a grid may have: 2^28, 2 GiB. A national hourly grid for ten
 * years is ~31 million cells (357 areas × 87 672 hours); far more means dates or codes are wrong.
 */
export const MAX_GRID_CELLS = 2 ** 28;

/**
 * Refuse, before allocating it, a grid of more than `MAX_GRID_CELLS` cells, with what made it so
 * large; the allocation itself, where memory runs short below that bound, fails with the same error.
 *
 * @example
 * const values = allocateGrid(358 * 3653, { file: 'counts.csv' }, '358 rows × 3653 days');
 */
export function allocateGrid(cells: number, where: { file: string }, shape: string): Float64Array {
  if (!(cells <= MAX_GRID_CELLS)) throw gridTooBig(cells, where, shape);
  try {
    return new Float64Array(new SharedArrayBuffer(cells * Float64Array.BYTES_PER_ELEMENT)).fill(NaN);
  } catch (error) {
    if (error instanceof RangeError) throw gridTooBig(cells, where, shape, 'more than this machine can allocate');
    throw error;
  }
}

function gridTooBig(
  cells: number,
  where: { file: string },
  shape: string,
  limit = `more than the ${MAX_GRID_CELLS} cells (${(MAX_GRID_CELLS * 8) / 2 ** 30} GiB) a grid may hold`,
): InputError {
  return new InputError(
    'E_GRID_TOO_BIG',
    `the counts span ${shape} = ${cells} cells (${((cells * 8) / 2 ** 30).toFixed(1)} GiB), ${limit}; check the dates and area codes`,
    where,
  );
}
