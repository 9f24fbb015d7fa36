/** The CSV dialects `daily.csv` can be written in. */
export type CsvDialectName = 'default' | 'excel-nb';

/** How a CSV file is written: separator, decimal mark, byte-order mark, line ending. */
export interface CsvExportDialect {
  delimiter: ',' | ';';
  decimalComma: boolean;
  bom: boolean;
  lineEnding: '\n' | '\r\n';
  /**
   * For a spreadsheet rather than a program (see `csvCell`): codes of digits written so that they
   * stay text (`="0301"`), yes/no as 1/0, figures rounded to what they mean. Off: codes as they
   * are, `true`/`false`, numbers at full precision, as programs want them.
   */
  forSpreadsheet?: boolean;
}

/**
 * The dialects by name. `default` is plain RFC 4180-style CSV for programs. `excel-nb` is what
 * Excel with Norwegian regional settings opens with a double click: `;` as the list separator
 * (the comma is the decimal mark there), a decimal comma, a UTF-8 byte-order mark (without it
 * Excel reads the file as Windows-1252 and mangles æ, ø, å) and CRLF line endings; and written
 * for a spreadsheet (`forSpreadsheet`): codes kept as text, 1/0, figures rounded.
 *
 * @example
 * CSV_DIALECTS['excel-nb'].delimiter; // ';'
 */
export const CSV_DIALECTS: Readonly<Record<CsvDialectName, CsvExportDialect>> = {
  default: { delimiter: ',', decimalComma: false, bom: false, lineEnding: '\n' },
  'excel-nb': { delimiter: ';', decimalComma: true, bom: true, lineEnding: '\r\n', forSpreadsheet: true },
};
