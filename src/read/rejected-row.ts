import { InputError } from '../errors.js';
import type { DateWindow } from './date-window.js';
import type { CountsLayout } from './counts-layout.js';

/** A row that lenient reading (`--rejects`) skipped, with where and why. */
export interface RejectedRow {
  /** CSV line, or Arrow row. */
  line: number;
  column?: number;
  field?: string;
  reason: string;
  /** The row's fields joined by the file's delimiter, as read. */
  text: string;
}

/**
 * The error when lenient reading rejected every row: it says why, through the first row's error.
 *
 * @example
 * everyRowRejected('counts.csv', 2, firstError).message;
 * // 'counts.csv: every one of the 2 data rows was rejected; the first, line 2 column 4 (devices): …'
 */
export function everyRowRejected(file: string, count: number, first: InputError): InputError {
  const { line, row, column, field } = first.location;
  const where = [line !== undefined ? `line ${line}` : `row ${row}`, column !== undefined ? `column ${column}` : ''].filter(Boolean).join(' ');
  return new InputError('E_NO_ROWS', `every one of the ${count} data rows was rejected; the first, ${where}${field ? ` (${field})` : ''}: ${first.problem}`, {
    file,
  });
}

/** Options shared by the counts readers. */
export interface ReadCountsOptions {
  /**
   * Called for each row with a bad cell (date, area, devices, field count, encoding) instead
   * of failing the read. File-level problems (missing column, not CSV) still fail.
   */
  onReject?: (row: RejectedRow) => void;
  /** Threads that read a plain CSV in parts (see `chooseScanThreads`): 2 or more split it; 0, 1 and `'auto'` (default) read it whole. */
  workers?: number | 'auto';
  /** The dates counts may have (default `DEFAULT_DATE_WINDOW`, 1990-01-01..2100-12-31); a row outside is refused with its line. */
  dateWindow?: DateWindow;
  /** The file's own column names, encoding and suppression markers, where they are not teleguest's. */
  layout?: CountsLayout;
}
