/** The two tourist seasons the comparison splits a year into. */
export type Season = 'winter' | 'summer';

/**
 * The season of a calendar month (1–12): winter is December to April (Christmas, the winter
 * break and Easter: the ski season, when mountain destinations such as Hallingdal are busiest),
 * summer is May to November. Every month is in exactly one, so the two shares add up to 1.
 *
 * @example
 * seasonOfMonth(12); // 'winter'
 * seasonOfMonth(5);  // 'summer'
 */
export function seasonOfMonth(month: number): Season {
  return month === 12 || month <= 4 ? 'winter' : 'summer';
}
