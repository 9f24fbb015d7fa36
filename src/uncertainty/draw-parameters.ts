import { streamState } from './stream-state.js';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { ParameterRange } from '../model/model.js';
import { sampleRange } from './sample-range.js';

/**
 * Draw every parameter `draws` times, parameter-major: `values[parameter × draws + draw]` (a
 * parameter's draws side by side, in the order of `ranges`). Each draw has its own random
 * stream, seeded from (`seed`, draw), so a draw's values do not depend on how many draws there
 * are or which thread evaluates them.
 *
 * @example
 * const theta = drawParameters(model.ranges!, 10_000, 1);
 * theta[3];          // the first parameter in draw 3
 * theta[10_000 + 3]; // the second parameter in draw 3
 */
export function drawParameters(ranges: readonly ParameterRange[], draws: number, seed: number): Float64Array {
  const values = new Float64Array(new SharedArrayBuffer(Math.max(1, draws * ranges.length) * Float64Array.BYTES_PER_ELEMENT));
  for (let draw = 0; draw < draws; draw++) {
    const rng = xoroshiro128plusFromState(streamState(seed, draw));
    for (let parameter = 0; parameter < ranges.length; parameter++) values[parameter * draws + draw] = sampleRange(ranges[parameter]!, rng);
  }
  return values;
}
