/**
 * Round to a whole number and group thousands with a space, as Norwegian tables do
 * (the Hallingdal plan: "9 682 355"). Null prints as `n/a`.
 *
 * @example
 * formatWhole(9682355);   // '9 682 355'
 * formatWhole(-20000);    // '-20 000'
 * formatWhole(2803.44);   // '2 803'
 * formatWhole(null);      // 'n/a'
 */
export function formatWhole(value: number | null): string {
  if (value === null) return 'n/a';
  const rounded = roundWhole(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return rounded < 0 ? `-${digits}` : digits;
}

/**
 * Round half away from zero, without a negative zero (Math.round(-2.5) is -2, and -0 prints oddly).
 *
 * @example
 * roundWhole(-2.5); // -3
 */
export function roundWhole(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}
