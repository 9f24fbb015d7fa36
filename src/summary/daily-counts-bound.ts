import type { Interval, RowIntervals } from '../uncertainty/estimate-uncertainty.js';
import { quantileKey } from '../uncertainty/quantile-key.js';
import type { Summary } from './summary.js';

/**
 * Why guest-nights from daily counts are an upper bound, as every output says it. A daily count
 * is the devices seen in an area during a day: passers-by, day visitors and commuters are in it,
 * and a device seen in several municipalities is counted in each; a stay of two nights is three
 * days. Nothing in daily counts bounds the guest-nights from below.
 *
 * @example
 * dailyCountsWarning(6); // 'daily counts of 6 areas bound the region's guest-nights from above only: …'
 */
export function dailyCountsWarning(areaCount: number): string {
  const what =
    areaCount > 1
      ? `daily counts of ${areaCount} areas bound the region's guest-nights from above only: a device counts in every area it passes in a day, passers-by and day visitors count, and a day is not a night`
      : 'daily counts bound guest-nights from above only: passers-by and day visitors count, and a day is not a night';
  return `${what} (the plan's formula gave ${areaCount > 1 ? 6 : 2} times the true guest-nights of a simulated Hallingdal: teleguest validate); hourly counts measure guest-nights`;
}

/**
 * The number of areas a summary's daily-counts warning is for, or undefined where it has none
 * (hourly counts): what the report and the workbook say in their own language.
 *
 * @example
 * dailyCountsBound(summary); // 6 for the Hallingdal fixture, undefined for hourly counts
 */
export function dailyCountsBound(summary: Summary): number | undefined {
  const areaCount = Object.keys(summary.areas).length;
  return summary.warnings?.includes(dailyCountsWarning(areaCount)) ? areaCount : undefined;
}

/**
 * Mark a summary of daily counts as an upper bound on guest-nights (`dailyCountsWarning`): the
 * warning in `summary.warnings`, and with draws every guest-night interval made one-sided — its
 * quantiles below the median 0 (or the quantile, where that is below 0), its median and upper
 * quantiles the draws' — with `uncertainty.oneSided` set. The draws still show the model's
 * ranges in the upper quantiles, the sensitivity and the variance shares.
 *
 * @example
 * boundDailyGuestNights(summary);
 * summary.uncertainty?.region.guestNightsPerYear; // { p5: 0, p95: 10_132_654 }
 */
export function boundDailyGuestNights(summary: Summary): void {
  summary.warnings = [...(summary.warnings ?? []), dailyCountsWarning(Object.keys(summary.areas).length)];
  const { uncertainty } = summary;
  if (uncertainty === undefined) return;
  const keys = uncertainty.probabilities.filter((probability) => probability < 0.5).map(quantileKey);
  const bound = (interval: Interval | null) => {
    if (interval === null) return;
    for (const key of keys) interval[key] = Math.min(0, interval[key]!);
  };
  const boundRow = (row: RowIntervals) => {
    bound(row.guestNightsPerDay);
    bound(row.guestNightsPerYear);
    bound(row.peakDay);
    for (const year of row.years) {
      bound(year.guestNights);
      bound(year.guestNightsExtrapolated);
    }
    for (const month of row.months) bound(month.guestNights);
  };
  boundRow(uncertainty.region);
  for (const row of Object.values(uncertainty.areas)) boundRow(row);
  uncertainty.oneSided = true;
}
