import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import type { Comparison } from '../ssb/compare-with-ssb.js';
import { COMPARISON_COLUMNS } from './comparison-columns.js';

/**
 * The comparison's months as an Arrow table, one row per unit and month, missing months
 * included: a figure a side does not have is null, and `missing` says why. Text is Utf8,
 * figures Float64, day counts Int32.
 *
 * @example
 * const table = comparisonTable(compareWithSsb(summary, ssb));
 * table.getChild('ratio')?.get(0);
 */
export function comparisonTable(comparison: Comparison): Table {
  const types = { text: new Utf8(), number: new Float64(), count: new Int32() };
  return new Table(
    Object.fromEntries(
      COMPARISON_COLUMNS.map(([name, kind]) => [
        name,
        vectorFromArray(
          comparison.months.map((row) => row[name]),
          types[kind],
        ),
      ]),
    ),
  );
}
