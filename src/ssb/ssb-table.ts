/** One dimension of an SSB table: its id (or column name) and its categories in index order. */
export interface SsbDimension {
  id: string;
  codes: string[];
  labels: string[];
  /** A category the file itself marks as the total of the others (JSON-stat's `eliminationValueCode`). */
  total?: number;
}

/**
 * An SSB table as read from JSON-stat or CSV, before any summing: a list of cells, each with a
 * category index per dimension, a value (NaN where there is none) and SSB's symbol where the
 * cell carries one. `region` and `time` say which dimensions hold the area and the period.
 */
export interface SsbTable {
  file: string;
  label: string;
  dimensions: SsbDimension[];
  /** Position in `dimensions` of the region, the period and (when there is one) the contents. */
  region: number;
  time: number;
  contents: number | undefined;
  /** Per dimension, the category index of each cell. */
  coordinates: Int32Array[];
  values: Float64Array;
  /** SSB's symbol for cells that have one (`..`, `:`), by cell. */
  statuses: Map<number, string>;
  /** Where a cell is in the file: a JSON path (`value[17]`) or a line and column (`line 12, column 5`). */
  place: (cell: number) => string;
}

/**
 * What SSB's table symbols mean (ssb.no, "Standardtegn i tabeller"). Every one of them marks a
 * cell without a figure, so teleguest reads them as missing, never as zero; `-` (nil) is kept
 * missing too, since a published zero would have been written 0.
 */
export const SSB_SYMBOLS: Record<string, string> = {
  '.': 'not applicable',
  '..': 'data not available',
  '...': 'not yet available',
  ':': 'confidential (suppressed)',
  '-': 'nil',
};
