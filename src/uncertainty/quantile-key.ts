/**
 * The key an interval gives a quantile: `p` and the percentage, as short as it is exact.
 *
 * @example
 * quantileKey(0.05);  // 'p5'
 * quantileKey(0.025); // 'p2.5'
 */
export function quantileKey(probability: number): string {
  return `p${Number((probability * 100).toPrecision(12))}`;
}
