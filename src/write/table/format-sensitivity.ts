import type { Uncertainty } from '../../uncertainty/estimate-uncertainty.js';
import { alignColumns } from './align-columns.js';
import { formatWhole } from './format-whole.js';

/**
 * The tornado as a table: each range at its low and high with the others at their values, the
 * region's guest-nights per year at each, the swing, and the range's share of the variance over
 * the draws; largest swing first.
 *
 * @example
 * formatSensitivity(summary.uncertainty).join('\n');
 * // Sensitivity of the region's guest-nights per year …
 * //   range                    low    high       at low     at high      swing  share of variance
 * //   deductions.dayTrippers     0   3 000   10 047 516   8 952 516  1 095 000             53.0 %
 */
export function formatSensitivity(uncertainty: Uncertainty): string[] {
  if (uncertainty.tornado.length === 0) return [];
  const shares = new Map(uncertainty.varianceShares.map(({ parameter, share }) => [parameter, share]));
  const rows = uncertainty.tornado.map((bar) => [
    `  ${bar.parameter}`,
    formatValue(bar.low),
    formatValue(bar.high),
    formatWhole(bar.atLow),
    formatWhole(bar.atHigh),
    formatWhole(bar.swing),
    `${((shares.get(bar.parameter) ?? 0) * 100).toFixed(1)} %`,
  ]);
  return [
    "Sensitivity of the region's guest-nights per year (each range at its low and high, the others at their values)",
    ...alignColumns([['  range', 'low', 'high', 'at low', 'at high', 'swing', 'share of variance'], ...rows], [false, true, true, true, true, true, true]),
  ];
}

/** A parameter's value: whole persons grouped, shares and factors to four significant digits. */
function formatValue(value: number): string {
  return Math.abs(value) >= 1000 ? formatWhole(value) : String(Number(value.toPrecision(4)));
}
