import { averageRanks } from './average-ranks.js';
import { pearson } from './pearson.js';

/**
 * Spearman's rank correlation: Pearson's coefficient of the average ranks, which is exact with
 * ties (the 1 − 6Σd²/(n(n²−1)) shortcut is not). NaN where Pearson's would be.
 *
 * @example
 * spearman(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 70)); // 1
 */
export function spearman(x: Float64Array, y: Float64Array): number {
  return pearson(averageRanks(x), averageRanks(y));
}
