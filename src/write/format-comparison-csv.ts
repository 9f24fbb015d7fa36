import type { Comparison } from '../ssb/compare-with-ssb.js';
import { COMPARISON_COLUMNS } from './comparison-columns.js';
import { csvText } from './csv-text.js';

/**
 * The comparison's months as CSV: the columns of `comparisonTable`, numbers at full precision,
 * an empty cell where a figure is missing, text made safe for spreadsheets.
 *
 * @example
 * formatComparisonCsv(comparison);
 * // unit,month,telecomGuestNights,telecomDays,daysInMonth,ssbGuestNights,ratio,gap,missing
 * // 33102,2023-01,812345.6,31,31,123456,6.58…,688889.6,
 */
export function formatComparisonCsv(comparison: Comparison): string {
  const names = COMPARISON_COLUMNS.map(([name]) => name);
  const lines = comparison.months.map((row) =>
    names.map((name) => {
      const value = row[name];
      return value === null ? '' : typeof value === 'number' ? String(value) : csvText(value);
    }).join(','),
  );
  return `${[names.join(','), ...lines].join('\n')}\n`;
}
