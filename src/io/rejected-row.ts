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

/** Options shared by the counts readers. */
export interface ReadCountsOptions {
  /**
   * Called for each row with a bad cell (date, area, devices, field count, encoding) instead
   * of failing the read. File-level problems (missing column, not CSV) still fail.
   */
  onReject?: (row: RejectedRow) => void;
}
