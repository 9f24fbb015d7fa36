/**
 * A share as a percentage without binary noise: 1.15 gives 115, not 114.99999999999999.
 *
 * @example
 * formatPercent(0.06); // '6'
 * formatPercent(1.15); // '115'
 */
export function formatPercent(share: number): string {
  return String(Number((share * 100).toPrecision(12)));
}
