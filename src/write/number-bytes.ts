/** Room a number needs in `writeNumber`'s buffer: `String()` of a double is at most 25 characters. */
export const NUMBER_BYTES = 32;

/**
 * Below this magnitude the spacing of doubles is under a hundredth (2⁻⁷ at 2⁴⁵), so a number with
 * at most two decimals is the only one of its length that names its double: `String()` writes
 * those decimals.
 */
const HUNDREDTHS_BELOW = 2 ** 45;

/** Digits of a whole number, written backwards before they are copied in order. */
const digits = new Uint8Array(NUMBER_BYTES);

/**
 * Write `value` as ASCII into `into` from `at`, exactly as `String(value)` writes it but with
 * `decimalMark` (a character code: 46 for `.`, 44 for `,`) for the point; returns the position
 * after it. Whole numbers and numbers of at most two decimals (device counts, persons as
 * devices × 1.06) are written digit by digit, without making a string: a national daily CSV
 * holds millions of them, and the strings were most of its time and garbage. Any other number
 * goes through `String()`. `into` needs `NUMBER_BYTES` of room from `at`.
 *
 * @example
 * const bytes = new Uint8Array(NUMBER_BYTES);
 * new TextDecoder().decode(bytes.subarray(0, writeNumber(bytes, 0, 9173.24, 44))); // '9173,24'
 * new TextDecoder().decode(bytes.subarray(0, writeNumber(bytes, 0, 0.1 + 0.2, 46))); // '0.30000000000000004'
 */
export function writeNumber(into: Uint8Array, at: number, value: number, decimalMark: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < HUNDREDTHS_BELOW) {
    const hundredths = Math.round(magnitude * 100);
    if (hundredths / 100 === magnitude) {
      // −0 is written 0, as String() does.
      if (value < 0) into[at++] = 45;
      const cents = hundredths % 100;
      at = writeWhole(into, at, (hundredths - cents) / 100);
      if (cents === 0) return at;
      into[at++] = decimalMark;
      into[at++] = 48 + Math.floor(cents / 10);
      if (cents % 10 !== 0) into[at++] = 48 + (cents % 10);
      return at;
    }
  }
  const text = String(value);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    into[at++] = code === 46 ? decimalMark : code;
  }
  return at;
}

/** The digits of `whole` (a whole number ≥ 0 below 2⁴⁵) from `at`. */
function writeWhole(into: Uint8Array, at: number, whole: number): number {
  let count = 0;
  do {
    const digit = whole % 10;
    digits[count++] = 48 + digit;
    whole = (whole - digit) / 10;
  } while (whole > 0);
  while (count > 0) into[at++] = digits[--count]!;
  return at;
}
