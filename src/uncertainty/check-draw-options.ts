import { quantileKey } from './quantile-key.js';

/** The most draws a run takes: each thread keeps draws × (months + years × 2 + lines + 3) numbers per row it evaluates. */
export const MAX_DRAWS = 1_000_000;

/**
 * Check the draw options of `estimate` before any work: a whole number of draws from 2 to
 * `MAX_DRAWS` (one draw has no spread), a seed from 0 to 2³² − 1, and at least two quantiles,
 * ascending, in [0, 1], with distinct keys (`p5`, `p95`). A problem is a RangeError naming the option.
 *
 * @example
 * checkDrawOptions({ draws: 10_000, seed: 1, probabilities: [0.05, 0.5, 0.95] }); // passes
 * checkDrawOptions({ draws: 1, seed: 1, probabilities: [0.05, 0.95] });
 * // RangeError: options.draws must be a whole number from 2 to 1000000, got 1
 */
export function checkDrawOptions({ draws, seed, probabilities }: { draws: number; seed: number; probabilities: readonly number[] }): void {
  if (!Number.isInteger(draws) || draws < 2 || draws > MAX_DRAWS)
    throw new RangeError(`options.draws must be a whole number from 2 to ${MAX_DRAWS}, got ${draws}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`options.seed must be a whole number from 0 to 4294967295, got ${seed}`);
  const keys = probabilities.map(quantileKey);
  const ascending = probabilities.every((p, index) => p >= 0 && p <= 1 && (index === 0 || p > probabilities[index - 1]!));
  if (probabilities.length < 2 || !ascending || new Set(keys).size !== keys.length) {
    throw new RangeError(
      `options.probabilities must be two or more ascending numbers from 0 to 1 with distinct percentages, got [${probabilities.join(', ')}]`,
    );
  }
}
