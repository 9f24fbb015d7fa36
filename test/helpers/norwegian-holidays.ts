/**
 * Norway's public holidays from 2023 to New Year's Day 2025, listed by hand from the published
 * calendar (Easter Sunday 9 April 2023 and 31 March 2024), for tests that check the calendar code
 * against something it did not compute.
 */
const HOLIDAYS_BY_HAND = [
  '2023-01-01',
  '2023-04-06',
  '2023-04-07',
  '2023-04-09',
  '2023-04-10',
  '2023-05-01',
  '2023-05-17',
  '2023-05-18',
  '2023-05-28',
  '2023-05-29',
  '2023-12-25',
  '2023-12-26',
  '2024-01-01',
  '2024-03-28',
  '2024-03-29',
  '2024-03-31',
  '2024-04-01',
  '2024-05-01',
  '2024-05-09',
  '2024-05-17',
  '2024-05-19',
  '2024-05-20',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
];

/** The hand-listed holidays from `from` to `to` (`YYYY-MM-DD`, both included), in date order. */
export function holidaysBetween(from: string, to: string): string[] {
  if (from < '2023-01-01' || to > '2025-01-01') throw new RangeError(`holidays are listed from 2023-01-01 to 2025-01-01 only, not ${from}..${to}`);
  return HOLIDAYS_BY_HAND.filter((date) => date >= from && date <= to);
}
