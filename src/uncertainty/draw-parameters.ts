import { streamState } from './stream-state.js';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { ParameterRange } from '../model/model.js';
import { sampleRange } from './sample-range.js';

/**
 * Draw every parameter `draws` times: row `draw` of the result holds one value per range, in the
 * order of `ranges`. Each draw has its own random stream, seeded from (`seed`, draw), so a draw's
 * values do not depend on how many draws there are or which thread evaluates them.
 *
 * @example
 * const theta = drawParameters(model.ranges!, 10_000, 1);
 * theta[3 * model.ranges!.length + 0]; // the first parameter in draw 3
 */
export function drawParameters(ranges: readonly ParameterRange[], draws: number, seed: number): Float64Array {
  const values = new Float64Array(new SharedArrayBuffer(Math.max(1, draws * ranges.length) * Float64Array.BYTES_PER_ELEMENT));
  for (let draw = 0; draw < draws; draw++) {
    const rng = xoroshiro128plusFromState(streamState(seed, draw));
    const next = () => uniformFloat64(rng);
    ranges.forEach((range, parameter) => {
      values[parameter * draws + draw] = sampleRange(range, next);
    });
  }
  return values;
}
