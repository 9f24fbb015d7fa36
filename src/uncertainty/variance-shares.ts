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
 * model order.
 *
 * @example
 * varianceShares(['uplift', 'deductions.residents'], theta, outcome); // [{ parameter: 'deductions.residents', share: 0.8 }, …]
 */
export function varianceShares(names: readonly string[], theta: Float64Array, outcome: Float64Array): VarianceShare[] {
  const shares = names.map((parameter, index) => {
    const drawn = Float64Array.from(outcome, (_, draw) => theta[draw * names.length + index]!);
    const correlation = pearson(drawn, outcome);
    return { parameter, share: Number.isNaN(correlation) ? 0 : correlation * correlation, index };
  });
  return shares.sort((a, b) => b.share - a.share || a.index - b.index).map(({ parameter, share }) => ({ parameter, share }));
}
