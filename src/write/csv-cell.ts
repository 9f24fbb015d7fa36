import type { CsvExportDialect } from './csv-export-dialect.js';
import { csvText } from './csv-text.js';

/**
 * What a CSV cell holds, which says how it is written: `text` (made safe, see `csvText`), `code`
 * (an area or region code: text that looks like a number), `count` (a whole number), `figure`
 * (persons, guest-nights: hundredths at most, as devices × (1 + uplift) has), `ratio` (four
 * decimals), `yesNo` (a boolean).
 */
export type CsvCellKind = 'text' | 'code' | 'count' | 'figure' | 'ratio' | 'yesNo';

const DECIMALS: Partial<Record<CsvCellKind, number>> = { count: 0, figure: 2, ratio: 4 };

/**
 * One value as a CSV cell in a dialect; null, undefined and NaN give an empty cell. For a
 * program (`CSV_DIALECTS.default`) numbers keep full precision and booleans read `true`/`false`.
 * For a spreadsheet (`excel-nb`): a code of digits is written `="0301"` (quoted in the file as
 * `"=""0301"""`), which Excel shows as the text 0301 (a plain 0301 becomes the number 301, and
 * 3320 a number to sum); LibreOffice does the same when "Evaluate formulas" is ticked in its text
 * import, and otherwise shows the formula's text, so there set the column's type to Text.
 * Figures are rounded to hundredths and ratios to four decimals, which also drops binary noise
 * (33000.53000000003 is written 33000,53); a boolean is 1 or 0 (Norwegian Excel takes `true` for
 * text; 1 and 0 sum and filter in any language).
 *
 * @example
 * csvCell('0301', 'code', CSV_DIALECTS['excel-nb']);           // '"=""0301"""'
 * csvCell(33000.53000000003, 'figure', CSV_DIALECTS['excel-nb']); // '33000,53'
 * csvCell(33000.53000000003, 'figure', CSV_DIALECTS.default);     // '33000.53000000003'
 * csvCell(true, 'yesNo', CSV_DIALECTS['excel-nb']);             // '1'
 */
export function csvCell(value: string | number | boolean | null | undefined, kind: CsvCellKind, dialect: CsvExportDialect): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const spreadsheet = dialect.forSpreadsheet === true;
  if (typeof value === 'boolean') return spreadsheet ? (value ? '1' : '0') : String(value);
  if (typeof value === 'string') {
    // Only digits go into the formula: nothing a file supplied can run there.
    if (kind === 'code' && spreadsheet && /^[0-9]+$/.test(value)) return `"=""${value}"""`;
    return csvText(value);
  }
  const text = String(shownNumber(value, kind, dialect));
  return dialect.decimalComma ? text.replace('.', ',') : text;
}

/**
 * The number a cell shows (see `csvCell`): for a spreadsheet rounded as its kind says, through an
 * integer (the nearest double to the decimal, which `String()` prints exactly); −0 as 0.
 *
 * @example
 * shownNumber(33000.53000000003, 'figure', CSV_DIALECTS['excel-nb']); // 33000.53
 */
export function shownNumber(value: number, kind: CsvCellKind, dialect: CsvExportDialect): number {
  const decimals = DECIMALS[kind];
  const shown = dialect.forSpreadsheet === true && decimals !== undefined ? Math.round(value * 10 ** decimals) / 10 ** decimals : value;
  return Object.is(shown, -0) ? 0 : shown;
}
