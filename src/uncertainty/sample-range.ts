import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { ParameterRange } from '../model/model.js';

/**
 * One value of a range, from uniform numbers in [0, 1) (pure-rand's `uniformFloat64` of `rng`):
 * triangular by its inverse distribution function (the value is the mode), uniform between min
 * and max, or normal (mean `value`, spread `sd`) by the Box–Muller transform, drawn again while
 * below 0 (truncated at 0: no assumption here can be negative).
 *
 * @example
 * sampleRange({ name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'triangular', min: 0.04, max: 0.09 }, rng);
 * // 0.0626… when the uniform number is 0.5: the median of the triangle 0.04–0.06–0.09
 */
export function sampleRange(range: ParameterRange, rng: RandomGenerator): number {
  const { value, dist } = range;
  if (dist === 'normal') {
    for (;;) {
      // 1 − u is in (0, 1]: its logarithm is finite.
      const z = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
      const drawn = value + range.sd! * z;
      if (drawn >= 0) return drawn;
    }
  }
  const min = range.min!;
  const max = range.max!;
  const u = uniformFloat64(rng);
  if (dist === 'uniform') return min + u * (max - min);
  if (max === min) return value;
  const width = max - min;
  return u < (value - min) / width ? min + Math.sqrt(u * width * (value - min)) : max - Math.sqrt((1 - u) * width * (max - value));
}
