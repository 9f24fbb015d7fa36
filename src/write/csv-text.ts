/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text value made safe for a CSV cell: a leading formula character is neutralised with an
 * apostrophe (so Excel shows the text instead of running it), and the cell is quoted when it
 * holds a delimiter, a quote or a line break. Only for text: numbers are written as numbers.
 *
 * @example
 * csvText('3320');          // '3320'
 * csvText('=HYPERLINK(1)'); // "'=HYPERLINK(1)"
 * csvText('Nes, Buskerud'); // '"Nes, Buskerud"'
 */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
