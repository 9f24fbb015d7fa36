import { csvText } from './csv-text.js';
import type { RejectedRow } from '../read/rejected-row.js';
import type { FileToWrite } from './write-files-atomically.js';

/**
 * The `--rejects` file: one line per skipped row, `line,column,field,reason,row`, text cells
 * made safe for spreadsheets. Written even when empty, so its absence never means "no rejects".
 *
 * @example
 * rejectsFile('rejects.csv', [{ line: 3, column: 3, field: 'devices', reason: 'a device count cannot be negative, got "-4"', text: '2024-01-02,3320,-4' }]);
 */
export function rejectsFile(target: string, rows: readonly RejectedRow[]): FileToWrite {
  return {
    target,
    content: () => [
      'line,column,field,reason,row\n',
      ...rows.map((row) => `${row.line},${row.column ?? ''},${csvText(row.field ?? '')},${csvText(row.reason)},${csvText(row.text)}\n`),
    ],
  };
}
