import type { RejectedRow } from '../read/rejected-row.js';
import type { FileToWrite } from './write-files-atomically.js';
import { csvCell } from './csv-cell.js';
import { CSV_DIALECTS, type CsvExportDialect } from './csv-export-dialect.js';

/**
 * The `--rejects` file: one line per skipped row, `line,column,field,reason,row`, in the run's
 * CSV dialect (default `CSV_DIALECTS.default`), text cells made safe for spreadsheets. Written
 * even when empty, so its absence never means "no rejects".
 *
 * @example
 * rejectsFile('rejects.csv', [{ line: 3, column: 3, field: 'devices', reason: 'a device count cannot be negative, got "-4"', text: '2024-01-02,3320,-4' }]);
 */
export function rejectsFile(target: string, rows: readonly RejectedRow[], dialect: CsvExportDialect = CSV_DIALECTS.default): FileToWrite {
  const { delimiter: d, lineEnding } = dialect;
  const line = (row: RejectedRow) =>
    [
      csvCell(row.line, 'count', dialect),
      csvCell(row.column, 'count', dialect),
      csvCell(row.field ?? '', 'text', dialect),
      csvCell(row.reason, 'text', dialect),
      csvCell(row.text, 'text', dialect),
    ].join(d);
  return {
    target,
    content: () => [
      `${dialect.bom ? '\uFEFF' : ''}${['line', 'column', 'field', 'reason', 'row'].join(d)}${lineEnding}`,
      ...rows.map((row) => `${line(row)}${lineEnding}`),
    ],
  };
}
