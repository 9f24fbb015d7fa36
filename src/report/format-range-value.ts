import type { LocaleFormat } from './locale-format.js';

/**
 * A range's bound or value as the report writes it: persons as whole numbers, shares and
 * factors (below 1 000 and not whole) with decimals.
 *
 * @example
 * formatRangeValue(21500, format); // '21 500' (nb)
 * formatRangeValue(0.04, format);  // '0,040' (nb)
 */
export function formatRangeValue(value: number, format: LocaleFormat): string {
  return Number.isInteger(value) || Math.abs(value) >= 1000 ? format.whole(value) : format.decimal(value, Math.abs(value) < 10 ? 3 : 1);
}
