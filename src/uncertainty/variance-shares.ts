import { pearson } from '../kernels/pearson.js';

/** A parameter's share of the variance of the annual figure over the draws. */
export interface VarianceShare {
  parameter: string;
  share: number;
}

/**
 * Each parameter's share of the variance of `outcome` over the draws, as the squared Pearson
 * correlation between the parameter's draws and the outcome's (the first-order index of a
 * linear model: the shares add up to about 1 when the outcome is close to linear in independent
 * parameters, less where they interact). 0 where either does not vary. Largest first, ties in
 * model order. `theta` is parameter-major (`drawParameters`).
 *
 * @example
 * varianceShares(['uplift', 'deductions.residents'], theta, outcome); // [{ parameter: 'deductions.residents', share: 0.8 }, …]
 */
export function varianceShares(names: readonly string[], theta: Float64Array, outcome: Float64Array): VarianceShare[] {
  const draws = outcome.length;
  const shares = names.map((parameter, index) => {
    // Parameter-major, as drawParameters lays them out.
    const drawn = theta.subarray(index * draws, (index + 1) * draws);
    const correlation = pearson(drawn, outcome);
    return { parameter, share: Number.isNaN(correlation) ? 0 : correlation * correlation, index };
  });
  return shares.sort((a, b) => b.share - a.share || a.index - b.index).map(({ parameter, share }) => ({ parameter, share }));
}
