import type { ComparisonMonth } from '../ssb/compare-with-ssb.js';

/**
 * The monthly columns of the researcher exports (`comparison.arrow`, `comparison.csv`), in order,
 * with their kind: text, a number (Float64, null where missing) or a count (Int32).
 */
export const COMPARISON_COLUMNS: ReadonlyArray<readonly [keyof ComparisonMonth, 'text' | 'number' | 'count']> = [
  ['unit', 'text'],
  ['month', 'text'],
  ['telecomGuestNights', 'number'],
  ['telecomDays', 'count'],
  ['daysInMonth', 'count'],
  ['ssbGuestNights', 'number'],
  ['ratio', 'number'],
  ['gap', 'number'],
  ['missing', 'text'],
];
