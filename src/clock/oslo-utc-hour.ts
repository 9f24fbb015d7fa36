import { osloLocalHour } from './oslo-local-hour.js';

/**
 * The UTC hour number (hours since 1970-01-01T00:00Z) of a Europe/Oslo clock hour on a local
 * day. NaN for the hour that does not exist (02 on the last Sunday of March: clocks jump from
 * 02:00 to 03:00). For the hour that happens twice (02 on the last Sunday of October) it gives
 * the first, summer-time one; the second is one hour later.
 *
 * @example
 * osloUtcHour(19813, 2);  // NaN: 2024-03-31 has no 02:00
 * osloUtcHour(20023, 2);  // 480552: 2024-10-27T00:00Z, the first 02:00
 * osloUtcHour(20023, 3);  // 480554: 02:00Z
 */
export function osloUtcHour(day: number, hour: number): number {
  const local = day * 24 + hour;
  // Oslo is one or two hours ahead of UTC: try the earlier instant first.
  if (osloLocalHour(local - 2) === local) return local - 2;
  return osloLocalHour(local - 1) === local ? local - 1 : NaN;
}
