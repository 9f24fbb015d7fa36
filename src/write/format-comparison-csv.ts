import type { Comparison } from '../ssb/compare-with-ssb.js';
import { COMPARISON_COLUMNS } from './comparison-columns.js';
import { csvCell, type CsvCellKind } from './csv-cell.js';
import { CSV_DIALECTS, type CsvExportDialect } from './csv-export-dialect.js';

/**
 * The comparison's months as CSV in a dialect (default `CSV_DIALECTS.default`): the columns of
 * `comparisonTable`, an empty cell where a figure is missing, text made safe for spreadsheets. For
 * programs numbers keep full precision; in `excel-nb` the unit's code stays text, guest-nights are
 * rounded to hundredths and the ratio to four decimals (see `csvCell`).
 *
 * @example
 * formatComparisonCsv(comparison);
 * // unit,month,telecomGuestNights,telecomDays,daysInMonth,ssbGuestNights,ratio,gap,missing
 * // 33102,2023-01,812345.6,31,31,123456,6.58…,688889.6,
 * formatComparisonCsv(comparison, { dialect: CSV_DIALECTS['excel-nb'] });
 * // \uFEFFunit;month;…\r\n"=""33102""";2023-01;812345,6;31;31;123456;6,5801;688889,6;\r\n
 */
export function formatComparisonCsv(comparison: Comparison, options: { dialect?: CsvExportDialect } = {}): string {
  const { dialect = CSV_DIALECTS.default } = options;
  const names = COMPARISON_COLUMNS.map(([name]) => name);
  const kinds = COMPARISON_COLUMNS.map(([name, kind]): CsvCellKind =>
    name === 'unit' ? 'code' : name === 'ratio' ? 'ratio' : kind === 'number' ? 'figure' : kind,
  );
  const lines = comparison.months.map((row) => names.map((name, index) => csvCell(row[name], kinds[index]!, dialect)).join(dialect.delimiter));
  return `${dialect.bom ? '\uFEFF' : ''}${[names.join(dialect.delimiter), ...lines].join(dialect.lineEnding)}${dialect.lineEnding}`;
}
