import { streamState } from '../uncertainty/stream-state.js';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** 2^-32: turns an unsigned 32-bit draw into [0, 1). */
const UNIT = 1 / 4_294_967_296;

/**
 * A seeded random stream (pure-rand's xoroshiro128+), one per purpose: `stream` keeps the draws
 * of one part of the simulation from shifting when another part draws more or fewer. Doubles
 * carry 32 random bits: plenty for choices among thousands, and one generator call each.
 *
 * @example
 * const random = new Random(42, 1);
 * random.uniform(); // the same number on every run with seed 42, stream 1
 */
export class Random {
  private readonly generator: RandomGenerator;
  private spareNormal = NaN;

  constructor(seed: number, stream: number) {
    this.generator = xoroshiro128plusFromState(streamState(seed, stream));
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return (this.generator.next() >>> 0) * UNIT;
  }

  /** Whole number from `least` to `most`, both included. */
  between(least: number, most: number): number {
    return least + Math.floor(this.uniform() * (most - least + 1));
  }

  /** Standard normal, by Box–Muller (two per pair of draws). */
  normal(): number {
    if (this.spareNormal === this.spareNormal) {
      const spare = this.spareNormal;
      this.spareNormal = NaN;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Poisson with the given mean: Knuth's product of uniforms below 30, a rounded normal above. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let count = -1;
    for (let product = 1; product > limit; product *= this.uniform()) count++;
    return count;
  }

  /** An index drawn by cumulative weights (the last entry is the total). */
  pick(cumulative: Float64Array): number {
    const target = this.uniform() * cumulative[cumulative.length - 1]!;
    let index = 0;
    while (index < cumulative.length - 1 && cumulative[index]! <= target) index++;
    return index;
  }
}

/**
 * Running sums of weights, for `Random.pick`.
 *
 * @example
 * cumulativeWeights([1, 3]); // Float64Array [1, 4]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => (cumulative[index] = total += weight));
  return cumulative;
}
