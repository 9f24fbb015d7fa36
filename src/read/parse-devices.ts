/** What a `devices` cell holds: a count, a blank (missing/suppressed), or why it is no count. */
export type DevicesCell = number | 'blank' | 'invalid' | 'negative' | 'thousands' | 'huge';

const DOT_DECIMAL = /^-?\d+(\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(,\d+)?$/;
/** 1 234, 1.234 (with a decimal comma), 1,234 (with a decimal point), 1 234 with a no-break space. */
const GROUPED = /^\d{1,3}([ \u00a0\u202f.,']\d{3})+([.,]\d+)?$/;

/**
 * Read a `devices` cell. Operators deliver extrapolated counts, so decimals are allowed;
 * with `decimalComma` (files delimited by `;`) the decimal mark is `,`.
 * A blank cell is a missing observation, never zero. Exponents, thousands separators,
 * `NaN` and `Infinity` are refused rather than guessed at: 1.234 could be either.
 *
 * @example
 * parseDevices('1234.5', false); // 1234.5
 * parseDevices('1234,5', true);  // 1234.5
 * parseDevices('', false);       // 'blank'
 * parseDevices('-3', false);     // 'negative'
 * parseDevices('1 234', false);  // 'thousands'
 * parseDevices('99999999999999999999', false); // 'huge'
 * parseDevices('1e3', false);    // 'invalid'
 */
export function parseDevices(text: string, decimalComma: boolean): DevicesCell {
  if (text === '') return 'blank';
  if (!(decimalComma ? COMMA_DECIMAL : DOT_DECIMAL).test(text)) return GROUPED.test(text) ? 'thousands' : 'invalid';
  const value = Number(decimalComma ? text.replace(',', '.') : text);
  if (value < 0) return 'negative';
  // Twenty digits or more lose integer precision in a double; no municipality has that many phones.
  if (!Number.isSafeInteger(Math.trunc(value))) return 'huge';
  return value;
}
